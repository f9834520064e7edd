import { graphql } from '../../../gql';

export const UpdateMemberRoleMutation = graphql(`
  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {
    updateMemberRole(input: $input) {
      ...AdminMemberFields
    }
  }
`);
