import { graphql } from '../../../gql';

/** Coordinators: everyone who signed up, waiting list in order. */
export const EventRegistrationsQuery = graphql(`
  query EventRegistrations($id: ID!) {
    event(id: $id) {
      id
      title
      startsAt
      endsAt
      status
      capacity
      confirmedCount
      waitlistCount
      canManage
      registrations {
        id
        status
        position
        createdAt
        member {
          id
          name
          email
          roleLabel
          school {
            id
            name
            town
          }
        }
      }
    }
  }
`);
