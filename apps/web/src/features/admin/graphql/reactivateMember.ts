import { graphql } from '../../../gql';

export const ReactivateMemberMutation = graphql(`
  mutation ReactivateMember($input: MemberIdInput!) {
    reactivateMember(input: $input) {
      ...AdminMemberFields
    }
  }
`);
