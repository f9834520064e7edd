import { useQuery } from '@apollo/client/react';

import type { CurrentMemberFieldsFragment } from '../gql/graphql';
import { CurrentMemberQuery } from '../graphql/currentMember';

export type CurrentMember = CurrentMemberFieldsFragment;

export interface UseCurrentMemberResult {
  member: CurrentMember | null;
  loading: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
}

/** The signed-in member (null when signed out), read from the Apollo cache when possible. */
export function useCurrentMember(): UseCurrentMemberResult {
  const { data, loading, error, refetch } = useQuery(CurrentMemberQuery, {
    fetchPolicy: 'cache-first',
  });
  return {
    member: data?.me ?? null,
    loading: loading && !data,
    error,
    refetch: () => refetch(),
  };
}

export function isAdmin(member: Pick<CurrentMember, 'platformRole'> | null): boolean {
  return member?.platformRole === 'ADMIN';
}

/** Moderators and admins: Beheer → Moderatie. */
export function isModerator(member: Pick<CurrentMember, 'platformRole'> | null): boolean {
  return member?.platformRole === 'MODERATOR' || member?.platformRole === 'ADMIN';
}
