import type { PlatformRole } from '../../../gql/graphql';

/** Coordinators and admins create, edit and cancel events and see who signed up. */
export function canManageEvents(
  member: { platformRole: PlatformRole } | null | undefined,
): boolean {
  return member?.platformRole === 'COORDINATOR' || member?.platformRole === 'ADMIN';
}
