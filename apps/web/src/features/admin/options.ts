import type { MemberStatus, PlatformRole } from '../../gql/graphql';

export const PLATFORM_ROLES: readonly PlatformRole[] = [
  'MEMBER',
  'MODERATOR',
  'COORDINATOR',
  'ADMIN',
];
export const MEMBER_STATUSES: readonly MemberStatus[] = ['INVITED', 'ACTIVE', 'DEACTIVATED'];

export const MEMBERS_PAGE_SIZE = 25;
export const AUDIT_PAGE_SIZE = 25;

export function isPlatformRole(value: string | null): value is PlatformRole {
  return value !== null && (PLATFORM_ROLES as readonly string[]).includes(value);
}

export function isMemberStatus(value: string | null): value is MemberStatus {
  return value !== null && (MEMBER_STATUSES as readonly string[]).includes(value);
}

export const STATUS_COLORS: Record<MemberStatus, string> = {
  ACTIVE: 'green',
  INVITED: 'blue',
  DEACTIVATED: 'gray',
};

export interface SchoolOption {
  id: string;
  name: string;
  town?: string | null;
}

export function schoolLabel(school: SchoolOption): string {
  return school.town ? `${school.name}, ${school.town}` : school.name;
}
