import { graphql } from '../../../gql';

export const AuditLogQuery = graphql(`
  query AuditLog($first: Int!, $offset: Int!) {
    auditLog(first: $first, offset: $offset) {
      total
      nodes {
        id
        action
        targetType
        targetId
        summary
        link
        createdAt
        actor {
          id
          name
          email
        }
      }
    }
  }
`);
