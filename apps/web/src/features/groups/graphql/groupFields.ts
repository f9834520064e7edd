import { graphql } from '../../../gql';

export const GroupSummaryFields = graphql(`
  fragment GroupSummaryFields on Group {
    id
    slug
    name
    description
    kind
    visibility
    memberCount
    canSeeContent
    isGroupAdmin
    myMembership {
      id
      status
      role
    }
  }
`);

export const GroupDetailFields = graphql(`
  fragment GroupDetailFields on Group {
    ...GroupSummaryFields
    domains {
      slug
      label
    }
  }
`);

export const GroupMemberFields = graphql(`
  fragment GroupMemberFields on GroupMembership {
    id
    status
    role
    createdAt
    member {
      id
      name
      roleLabel
      school {
        id
        name
      }
    }
  }
`);
