import { graphql } from '../../../gql';

export const CancelRegistrationMutation = graphql(`
  mutation CancelRegistration($input: EventRegistrationInput!) {
    cancelRegistration(input: $input) {
      id
      status
      position
      event {
        id
        confirmedCount
        waitlistCount
        seatsLeft
        myRegistration {
          id
          status
          position
        }
      }
    }
  }
`);
