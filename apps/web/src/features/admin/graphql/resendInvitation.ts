import { graphql } from '../../../gql';

export const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($input: MemberIdInput!) {
    resendInvitation(input: $input)
  }
`);
