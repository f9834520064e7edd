import { graphql } from '../../../gql';

export const ThreadsQuery = graphql(`
  query Threads($filter: ThreadFilterInput, $first: Int!, $offset: Int!) {
    threads(filter: $filter, first: $first, offset: $offset) {
      total
      nodes {
        ...ThreadSummaryFields
      }
    }
  }
`);
