import type { ApolloCache } from '@apollo/client';

import type { CurrentMemberFieldsFragment } from '../gql/graphql';
import { CurrentMemberQuery } from '../graphql/currentMember';

let sessionExpired = false;

/** Puts the signed-in member (or null after sign-out) where the shell reads it. */
export function writeCurrentMember(
  cache: ApolloCache,
  member: CurrentMemberFieldsFragment | null,
): void {
  if (member) {
    sessionExpired = false;
  }
  cache.writeQuery({ query: CurrentMemberQuery, data: { me: member } });
}

/** The server no longer knows the session: forget the member and remember why. */
export function expireSession(cache: ApolloCache): void {
  sessionExpired = true;
  writeCurrentMember(cache, null);
}

/** True after an expired session, until someone signs in again. */
export function isSessionExpired(): boolean {
  return sessionExpired;
}
