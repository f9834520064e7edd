import { graphql } from '../../../gql';

export const GroupMembersQuery = graphql(`
  query GroupMembers($slug: String!, $status: [MembershipStatus!]!, $first: Int!, $offset: Int!) {
    group(slug: $slug) {
      id
      members(status: $status, first: $first, offset: $offset) {
        total
        nodes {
          ...GroupMemberFields
        }
      }
    }
  }
`);
