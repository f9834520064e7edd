import { Button, Collapse, Group, MultiSelect, SegmentedControl, Switch } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import type { EventType } from '../../../gql/graphql';
import { EVENT_TYPES, isEventType } from '../lib/options';

export interface AgendaFilterValues {
  mine: boolean;
  types: EventType[];
  domains: string[];
  past: boolean;
}

export interface AgendaFiltersProps {
  values: AgendaFilterValues;
  domainOptions: { value: string; label: string }[];
  onChange: (values: AgendaFilterValues) => void;
}

export function hasActiveAgendaFilters(values: AgendaFilterValues): boolean {
  return values.types.length > 0 || values.domains.length > 0 || values.past;
}

export function AgendaFilters({ values, domainOptions, onChange }: AgendaFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<AgendaFilterValues>) => onChange({ ...values, ...patch });
  const wide = useMediaQuery('(min-width: 48em)', true);
  const [opened, toggle] = useDisclosure(false);
  const field = { flex: '1 1 14rem', minWidth: 0 };

  return (
    <form
      role="search"
      aria-label={t('agenda.filters.label')}
      onSubmit={(event) => event.preventDefault()}
    >
      <SegmentedControl
        fullWidth={!wide}
        mb="sm"
        value={values.mine ? 'mine' : 'all'}
        onChange={(value) => set({ mine: value === 'mine' })}
        aria-label={t('agenda.filters.view')}
        data={[
          { value: 'all', label: t('agenda.filters.all') },
          { value: 'mine', label: t('agenda.filters.mine') },
        ]}
      />
      {!wide ? (
        <Button
          variant="default"
          fullWidth
          mb="sm"
          leftSection={<IconAdjustmentsHorizontal size={18} aria-hidden="true" />}
          aria-expanded={opened}
          aria-controls="agenda-filters"
          onClick={toggle.toggle}
        >
          {opened ? t('agenda.filters.hide') : t('agenda.filters.show')}
        </Button>
      ) : null}
      <Collapse expanded={wide || opened} keepMounted={false} id="agenda-filters">
        <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
          <MultiSelect
            style={field}
            label={t('agenda.filters.types')}
            placeholder={values.types.length ? undefined : t('agenda.filters.typesPlaceholder')}
            data={EVENT_TYPES.map((type) => ({ value: type, label: t(`agenda.types.${type}`) }))}
            value={values.types}
            onChange={(next) => set({ types: next.filter(isEventType) })}
            clearable
            clearButtonProps={{ 'aria-label': t('agenda.filters.reset') }}
          />
          <MultiSelect
            style={field}
            label={t('agenda.filters.domains')}
            placeholder={values.domains.length ? undefined : t('agenda.filters.domainsPlaceholder')}
            data={domainOptions}
            value={values.domains}
            onChange={(next) => set({ domains: next })}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('agenda.filters.reset') }}
            nothingFoundMessage={t('agenda.filters.nothingFound')}
          />
          <Switch
            mb={8}
            label={t('agenda.filters.past')}
            checked={values.past}
            onChange={(event) => set({ past: event.currentTarget.checked })}
          />
        </Group>
      </Collapse>
    </form>
  );
}
