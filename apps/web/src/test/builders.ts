import type { AdminMemberFieldsFragment, CurrentMemberFieldsFragment } from '../gql/graphql';

/** A school as the server returns it (with __typename, which the generated types omit). */
export function aSchool(
  id = 'school-1',
  name = 'CBS De Korenmaat',
  town: string | null = 'Veenendaal',
) {
  const school = { __typename: 'School' as const, id, name, town };
  return school;
}

/** Test data builders: every call returns a fresh object. */
type WithTypename<T> = T & { __typename: 'Member' };

export function aCurrentMember(
  overrides: Partial<CurrentMemberFieldsFragment> = {},
): WithTypename<CurrentMemberFieldsFragment> {
  return {
    __typename: 'Member',
    id: 'member-1',
    name: 'Anouk de Vries',
    email: 'anouk@korenmaat.example',
    platformRole: 'MEMBER',
    role: 'leerkracht',
    roleLabel: 'Leerkracht',
    locale: 'nl',
    status: 'ACTIVE',
    school: aSchool(),
    ...overrides,
  };
}

export function anAdminMember(
  overrides: Partial<AdminMemberFieldsFragment> = {},
): WithTypename<AdminMemberFieldsFragment> {
  return {
    __typename: 'Member',
    id: 'member-1',
    name: 'Anouk de Vries',
    email: 'anouk@korenmaat.example',
    role: 'leerkracht',
    roleLabel: 'Leerkracht',
    platformRole: 'MEMBER',
    status: 'ACTIVE',
    createdAt: '2026-01-10T09:00:00.000Z',
    lastLoginAt: '2026-03-03T13:05:00.000Z',
    school: aSchool(),
    ...overrides,
  };
}
