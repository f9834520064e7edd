import { graphql } from '../../../gql';

/** One page of the member directory. */
export const DirectoryMembersQuery = graphql(`
  query DirectoryMembers($filter: MemberFilterInput, $first: Int!, $offset: Int!) {
    members(filter: $filter, first: $first, offset: $offset) {
      total
      nodes {
        id
        name
        roleLabel
        school {
          id
          name
          town
        }
        profile {
          headline
          openForQuestions
          expertise {
            domain {
              slug
              label
            }
          }
        }
      }
    }
  }
`);
