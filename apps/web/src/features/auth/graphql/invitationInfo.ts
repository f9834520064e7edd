import { graphql } from '../../../gql';

export const InvitationInfoQuery = graphql(`
  query InvitationInfo($token: String!) {
    invitation(token: $token) {
      name
      email
    }
  }
`);
