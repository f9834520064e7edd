import { graphql } from '../../../gql';

export const CancelEventMutation = graphql(`
  mutation CancelEvent($input: CancelEventInput!) {
    cancelEvent(input: $input) {
      id
      status
    }
  }
`);
