import { graphql } from '../../../gql';

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MyNotificationsQuery = graphql(`
  query MyNotifications($first: Int!) {
    myNotifications(first: $first) {
      total
      unread
      nodes {
        id
        kind
        title
        body
        link
        read
        createdAt
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input)
  }
`);
