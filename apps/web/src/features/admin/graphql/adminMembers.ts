import { graphql } from '../../../gql';

export const AdminMembersQuery = graphql(`
  query AdminMembers($filter: MemberFilterInput, $first: Int!, $offset: Int!) {
    members(filter: $filter, first: $first, offset: $offset) {
      total
      nodes {
        ...AdminMemberFields
      }
    }
  }
`);
