import { graphql } from '../../../gql';

/** What a card in the agenda shows. */
export const EventCardFieldsFragment = graphql(`
  fragment EventCardFields on Event {
    id
    type
    title
    startsAt
    endsAt
    location
    onlineUrl
    capacity
    status
    confirmedCount
    waitlistCount
    seatsLeft
    myRegistration {
      id
      status
      position
    }
    domains {
      slug
      label
    }
  }
`);

/** The event page and the edit form. */
export const EventDetailFieldsFragment = graphql(`
  fragment EventDetailFields on Event {
    ...EventCardFields
    description
    signupDeadline
    cancellationDeadline
    canManage
    organiser {
      id
      name
    }
  }
`);
