import { Button, Collapse, Group, Select, TextInput } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import type { AdminOptions } from '../hooks/useAdminOptions';

export interface MemberFilterValues {
  search: string;
  schoolId: string | null;
  jobRole: string | null;
  platformRole: string | null;
  status: string | null;
}

export const EMPTY_MEMBER_FILTERS: MemberFilterValues = {
  search: '',
  schoolId: null,
  jobRole: null,
  platformRole: null,
  status: null,
};

export interface MemberFiltersProps {
  values: MemberFilterValues;
  options: AdminOptions;
  onChange: (values: MemberFilterValues) => void;
}

export function hasActiveFilters(values: MemberFilterValues): boolean {
  return (
    values.search.trim() !== '' ||
    values.schoolId !== null ||
    values.jobRole !== null ||
    values.platformRole !== null ||
    values.status !== null
  );
}

export function MemberFilters({ values, options, onChange }: MemberFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<MemberFilterValues>) => onChange({ ...values, ...patch });
  const anyLabel = t('admin.filters.any');
  // On small screens the filters fold away behind a toggle so the list stays in view.
  const wide = useMediaQuery('(min-width: 48em)', true);
  const [opened, toggle] = useDisclosure(false);
  const field = { flex: '1 1 11rem', minWidth: 0 };

  return (
    <form
      role="search"
      aria-label={t('admin.filters.label')}
      onSubmit={(event) => event.preventDefault()}
    >
      {!wide ? (
        <Button
          variant="default"
          fullWidth
          mb="sm"
          leftSection={<IconAdjustmentsHorizontal size={18} aria-hidden="true" />}
          aria-expanded={opened}
          aria-controls="member-filters"
          onClick={toggle.toggle}
        >
          {opened ? t('admin.filters.hide') : t('admin.filters.show')}
          {hasActiveFilters(values) ? ` (${t('admin.filters.active')})` : ''}
        </Button>
      ) : null}
      <Collapse expanded={wide || opened} keepMounted={false} id="member-filters">
        <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
          <TextInput
            style={{ flex: '2 1 16rem', minWidth: 0 }}
            label={t('admin.filters.search')}
            placeholder={t('admin.filters.searchPlaceholder')}
            type="search"
            value={values.search}
            onChange={(event) => set({ search: event.currentTarget.value })}
            leftSection={<IconSearch size={16} aria-hidden="true" />}
          />
          <Select
            style={field}
            label={t('admin.filters.school')}
            placeholder={anyLabel}
            data={options.schools}
            value={values.schoolId}
            onChange={(schoolId) => set({ schoolId })}
            searchable
            clearable
            nothingFoundMessage={t('admin.filters.nothingFound')}
            clearButtonProps={{ 'aria-label': t('admin.filters.clear') }}
          />
          <Select
            style={field}
            label={t('admin.filters.jobRole')}
            placeholder={anyLabel}
            data={options.jobRoles}
            value={values.jobRole}
            onChange={(jobRole) => set({ jobRole })}
            searchable
            clearable
            nothingFoundMessage={t('admin.filters.nothingFound')}
            clearButtonProps={{ 'aria-label': t('admin.filters.clear') }}
          />
          <Select
            style={field}
            label={t('admin.filters.platformRole')}
            placeholder={anyLabel}
            data={options.platformRoles}
            value={values.platformRole}
            onChange={(platformRole) => set({ platformRole })}
            clearable
            clearButtonProps={{ 'aria-label': t('admin.filters.clear') }}
          />
          <Select
            style={field}
            label={t('admin.filters.status')}
            placeholder={anyLabel}
            data={options.statuses}
            value={values.status}
            onChange={(status) => set({ status })}
            clearable
            clearButtonProps={{ 'aria-label': t('admin.filters.clear') }}
          />
          <Button
            variant="default"
            style={{ flex: '0 0 auto' }}
            disabled={!hasActiveFilters(values)}
            onClick={() => onChange(EMPTY_MEMBER_FILTERS)}
          >
            {t('admin.filters.reset')}
          </Button>
        </Group>
      </Collapse>
    </form>
  );
}
