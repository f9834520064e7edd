import { graphql } from '../gql';

export const UpdateMyLocaleMutation = graphql(`
  mutation UpdateMyLocale($input: UpdateMyAccountInput!) {
    updateMyAccount(input: $input) {
      id
      locale
    }
  }
`);
