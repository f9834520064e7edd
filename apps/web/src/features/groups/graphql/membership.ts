import { graphql } from '../../../gql';

export const JoinGroupMutation = graphql(`
  mutation JoinGroup($input: GroupInput!) {
    joinGroup(input: $input) {
      id
      status
      role
      group {
        ...GroupSummaryFields
      }
    }
  }
`);

export const LeaveGroupMutation = graphql(`
  mutation LeaveGroup($input: GroupInput!) {
    leaveGroup(input: $input)
  }
`);
