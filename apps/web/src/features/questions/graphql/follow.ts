import { graphql } from '../../../gql';

/** Follow (or stop following) a domain: its new questions reach you. */
export const FollowDomainMutation = graphql(`
  mutation FollowDomain($domain: ID!, $follow: Boolean!) {
    follow(input: { domain: $domain, follow: $follow })
  }
`);
