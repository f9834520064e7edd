import { graphql } from '../../../gql';

export const ApproveGroupMemberMutation = graphql(`
  mutation ApproveGroupMember($input: GroupMemberInput!) {
    approveGroupMember(input: $input) {
      ...GroupMemberFields
    }
  }
`);

export const InviteToGroupMutation = graphql(`
  mutation InviteToGroup($input: GroupMemberInput!) {
    inviteToGroup(input: $input) {
      ...GroupMemberFields
    }
  }
`);

export const RemoveFromGroupMutation = graphql(`
  mutation RemoveFromGroup($input: GroupMemberInput!) {
    removeFromGroup(input: $input)
  }
`);

export const SetGroupRoleMutation = graphql(`
  mutation SetGroupRole($input: SetGroupRoleInput!) {
    setGroupRole(input: $input) {
      ...GroupMemberFields
    }
  }
`);
