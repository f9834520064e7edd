import type { AdminMemberFieldsFragment, CurrentMemberFieldsFragment } from '../gql/graphql';

/** Test data builders: every call returns a fresh object. */
export function aCurrentMember(
  overrides: Partial<CurrentMemberFieldsFragment> = {},
): CurrentMemberFieldsFragment {
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
    school: { __typename: 'School', id: 'school-1', name: 'CBS De Korenmaat', town: 'Veenendaal' },
    ...overrides,
  };
}

export function anAdminMember(
  overrides: Partial<AdminMemberFieldsFragment> = {},
): AdminMemberFieldsFragment {
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
    school: { __typename: 'School', id: 'school-1', name: 'CBS De Korenmaat', town: 'Veenendaal' },
    ...overrides,
  };
}
