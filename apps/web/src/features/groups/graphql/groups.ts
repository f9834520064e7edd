import { graphql } from '../../../gql';

export const GroupsQuery = graphql(`
  query Groups($mine: Boolean!) {
    groups(mine: $mine) {
      ...GroupSummaryFields
    }
  }
`);
