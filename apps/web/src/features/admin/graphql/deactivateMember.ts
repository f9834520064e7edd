import { graphql } from '../../../gql';

export const DeactivateMemberMutation = graphql(`
  mutation DeactivateMember($input: MemberIdInput!) {
    deactivateMember(input: $input) {
      ...AdminMemberFields
    }
  }
`);
