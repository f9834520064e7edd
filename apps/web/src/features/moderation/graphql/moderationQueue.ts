import { graphql } from '../../../gql';

export const ModerationQueueQuery = graphql(`
  query ModerationQueue($status: ModerationStatus!, $first: Int!, $offset: Int!) {
    moderationQueue(status: $status, first: $first, offset: $offset) {
      total
      nodes {
        id
        targetType
        targetId
        threadId
        title
        excerpt
        hidden
        reportCount
        firstReportedAt
        author {
          id
          name
          former
        }
        reports {
          id
          reason
          createdAt
          reporter {
            id
            name
          }
        }
        resolution
        resolvedAt
        resolvedBy {
          id
          name
        }
      }
    }
  }
`);

export const OpenModerationCountQuery = graphql(`
  query OpenModerationCount {
    openModerationCount
  }
`);
