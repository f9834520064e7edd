import { graphql } from '../../../gql';

/** The signed-in member's own profile, for the editor. */
export const MyProfileQuery = graphql(`
  query MyProfile {
    me {
      id
      name
      profile {
        ...ProfileFields
      }
    }
  }
`);
