import { graphql } from '../../../gql';

/** Returns the event's new counts too, so the Apollo cache updates the page. */
export const RegisterForEventMutation = graphql(`
  mutation RegisterForEvent($input: EventRegistrationInput!) {
    registerForEvent(input: $input) {
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
