import type { ApolloCache } from '@apollo/client';

import type { CurrentMemberFieldsFragment } from '../gql/graphql';
import { CurrentMemberQuery } from '../graphql/currentMember';

/** Puts the signed-in member (or null after sign-out) where the shell reads it. */
export function writeCurrentMember(
  cache: ApolloCache,
  member: CurrentMemberFieldsFragment | null,
): void {
  cache.writeQuery({ query: CurrentMemberQuery, data: { me: member } });
}
