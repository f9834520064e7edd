import { graphql } from '../../../gql';

export const UpdateMyProfileMutation = graphql(`
  mutation UpdateMyProfile($input: UpdateProfileInput!) {
    updateMyProfile(input: $input) {
      id
      profile {
        ...ProfileFields
      }
    }
  }
`);
