import { useQuery } from '@apollo/client/react';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DirectoryFilterOptionsQuery } from '../graphql/directoryFilterOptions';
import { type DirectoryParams, hasFilters } from '../hooks/useDirectoryParams';

export interface DirectoryFiltersProps {
  params: DirectoryParams;
  onChange: (patch: Partial<DirectoryParams>, options?: { replace?: boolean }) => void;
}

/** Name search and the school, job-role and domain filters. */
export function DirectoryFilters({ params, onChange }: DirectoryFiltersProps) {
  const { t } = useTranslation();
  const { data } = useQuery(DirectoryFilterOptionsQuery);
  const [search, setSearch] = useState(params.search);
  const pushSearch = useDebouncedCallback(
    (value: string) => onChange({ search: value }, { replace: true }),
    300,
  );
  // Back/forward or "Wis filters" changes the URL: show its search text (adjusted while rendering).
  const [urlSearch, setUrlSearch] = useState(params.search);
  if (urlSearch !== params.search) {
    setUrlSearch(params.search);
    if (search.trim() !== params.search) setSearch(params.search);
  }

  const schools = useMemo(
    () =>
      [...(data?.schools ?? [])]
        .map((school) => ({
          value: school.id,
          label: [school.name, school.town].filter(Boolean).join(', '),
        }))
        .sort((a, b) => a.label.localeCompare(b.label, 'nl')),
    [data],
  );
  const jobRoles = (data?.jobRoles ?? []).map((role) => ({ value: role.slug, label: role.label }));
  const domains = (data?.taxonomy ?? []).map((domain) => ({
    value: domain.slug,
    label: domain.label,
  }));
  const field = { flex: '1 1 12rem', minWidth: 0 };
  const select = {
    placeholder: t('directory.filters.any'),
    clearable: true,
    searchable: true,
    nothingFoundMessage: t('directory.filters.nothingFound'),
    clearButtonProps: { 'aria-label': t('directory.filters.clear') },
    style: field,
  };

  return (
    <form
      role="search"
      aria-label={t('directory.filters.label')}
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ search });
      }}
    >
      <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
        <TextInput
          style={{ flex: '2 1 16rem', minWidth: 0 }}
          label={t('directory.filters.search')}
          placeholder={t('directory.filters.searchPlaceholder')}
          type="search"
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            pushSearch(event.currentTarget.value);
          }}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
        />
        <Select
          {...select}
          label={t('directory.filters.school')}
          data={schools}
          value={params.schoolId}
          onChange={(schoolId) => onChange({ schoolId })}
        />
        <Select
          {...select}
          label={t('directory.filters.jobRole')}
          data={jobRoles}
          value={params.jobRole}
          onChange={(jobRole) => onChange({ jobRole })}
        />
        <Select
          {...select}
          label={t('directory.filters.domain')}
          data={domains}
          value={params.domain}
          onChange={(domain) => onChange({ domain })}
        />
        {hasFilters(params) ? (
          <Button
            variant="default"
            style={{ flex: '0 0 auto' }}
            onClick={() => onChange({ search: '', schoolId: null, jobRole: null, domain: null })}
          >
            {t('directory.filters.reset')}
          </Button>
        ) : null}
      </Group>
    </form>
  );
}
