import { graphql } from '../../../gql';

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      ...AdminMemberFields
    }
  }
`);
