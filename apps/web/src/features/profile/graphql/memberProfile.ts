import { graphql } from '../../../gql';

/** A colleague's public profile page. */
export const MemberProfileQuery = graphql(`
  query MemberProfile($id: ID!) {
    member(id: $id) {
      id
      name
      email
      roleLabel
      school {
        id
        name
        town
        board {
          id
          name
        }
      }
      profile {
        ...ProfileFields
      }
    }
  }
`);
