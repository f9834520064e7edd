import { graphql } from '../../../gql';

export const EventDetailQuery = graphql(`
  query EventDetail($id: ID!) {
    event(id: $id) {
      ...EventDetailFields
    }
  }
`);
