import { graphql } from '../../../gql';

export const AdminMemberFieldsFragment = graphql(`
  fragment AdminMemberFields on Member {
    id
    name
    email
    role
    roleLabel
    platformRole
    status
    createdAt
    lastLoginAt
    school {
      id
      name
      town
    }
  }
`);
