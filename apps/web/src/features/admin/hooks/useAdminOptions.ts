import { useQuery } from '@apollo/client/react';
import type { ComboboxItem } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { AdminFilterOptionsQuery } from '../graphql/adminFilterOptions';
import { MEMBER_STATUSES, PLATFORM_ROLES, schoolLabel } from '../options';

export interface AdminOptions {
  schools: ComboboxItem[];
  jobRoles: ComboboxItem[];
  platformRoles: ComboboxItem[];
  statuses: ComboboxItem[];
  loading: boolean;
  error: unknown;
}

/** Select options for filters and forms; schools sorted by name, job roles as the server orders them. */
export function useAdminOptions(): AdminOptions {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(AdminFilterOptionsQuery);

  return useMemo(
    () => ({
      schools: [...(data?.schools ?? [])]
        .sort((a, b) => schoolLabel(a).localeCompare(schoolLabel(b), 'nl'))
        .map((school) => ({ value: school.id, label: schoolLabel(school) })),
      jobRoles: (data?.jobRoles ?? []).map((role) => ({ value: role.slug, label: role.label })),
      platformRoles: PLATFORM_ROLES.map((role) => ({
        value: role,
        label: t(`platformRole.${role}`),
      })),
      statuses: MEMBER_STATUSES.map((status) => ({
        value: status,
        label: t(`memberStatus.${status}`),
      })),
      loading: loading && !data,
      error,
    }),
    [data, loading, error, t],
  );
}
