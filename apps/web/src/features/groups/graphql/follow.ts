import { graphql } from '../../../gql';

/** Follow (or stop following) a group: its new questions reach you. */
export const FollowGroupMutation = graphql(`
  mutation FollowGroup($groupId: ID!, $follow: Boolean!) {
    follow(input: { groupId: $groupId, follow: $follow })
  }
`);
