import { graphql } from '../gql';

/** Fields the shell needs about the signed-in member; shared by sign-in mutations. */
export const CurrentMemberFieldsFragment = graphql(`
  fragment CurrentMemberFields on Member {
    id
    name
    email
    platformRole
    role
    roleLabel
    locale
    status
    school {
      id
      name
      town
    }
  }
`);

export const CurrentMemberQuery = graphql(`
  query CurrentMember {
    me {
      ...CurrentMemberFields
    }
  }
`);
