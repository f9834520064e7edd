import { graphql } from '../../../gql';

export const CreateEventMutation = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      ...EventDetailFields
    }
  }
`);
