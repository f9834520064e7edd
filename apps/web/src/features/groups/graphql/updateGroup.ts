import { graphql } from '../../../gql';

export const UpdateGroupMutation = graphql(`
  mutation UpdateGroup($input: UpdateGroupInput!) {
    updateGroup(input: $input) {
      ...GroupDetailFields
    }
  }
`);
