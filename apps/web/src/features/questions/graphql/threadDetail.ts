import { graphql } from '../../../gql';

export const ThreadDetailQuery = graphql(`
  query ThreadDetail($id: ID!) {
    thread(id: $id) {
      ...ThreadDetailFields
    }
  }
`);
