import { graphql } from '../../../gql';

export const UpdateEventMutation = graphql(`
  mutation UpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      ...EventDetailFields
    }
  }
`);
