import { Box, Button, Drawer, Group, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import type { SearchState } from '../lib/searchParams';
import { type Facet, SearchFilters } from './SearchFilters';

export interface FiltersPanelProps {
  facets: readonly Facet[];
  state: SearchState;
  knownLabels: ReadonlyMap<string, string>;
  activeCount: number;
  total: number | null;
  onChange: (patch: Partial<Pick<SearchState, 'filters' | 'availableOnly'>>) => void;
  onReset: () => void;
}

function ResetButton({ onReset }: { onReset: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="subtle" size="compact-sm" onClick={onReset}>
      {t('search.filters.reset')}
    </Button>
  );
}

/** The filters as a sidebar (desktop). */
export function FiltersSidebar(props: FiltersPanelProps) {
  const { t } = useTranslation();
  return (
    <Box component="aside" aria-labelledby="search-filters-title">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} fz="lg" id="search-filters-title">
          {t('search.filters.title')}
        </Title>
        {props.activeCount ? <ResetButton onReset={props.onReset} /> : null}
      </Group>
      <SearchFilters
        idPrefix="filter"
        facets={props.facets}
        state={props.state}
        knownLabels={props.knownLabels}
        onChange={props.onChange}
      />
    </Box>
  );
}

/** The filters behind a "Filters (2)" button, in a drawer (phone and tablet). */
export function FiltersDrawer(props: FiltersPanelProps) {
  const { t } = useTranslation();
  const [opened, drawer] = useDisclosure(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconAdjustmentsHorizontal size={18} aria-hidden="true" />}
        onClick={drawer.open}
        aria-haspopup="dialog"
      >
        {props.activeCount
          ? t('search.filters.openWithCount', { count: props.activeCount })
          : t('search.filters.open')}
      </Button>
      <Drawer
        opened={opened}
        onClose={drawer.close}
        title={t('search.filters.title')}
        position="bottom"
        size="85%"
        closeButtonProps={{ 'aria-label': t('common.close') }}
        styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
      >
        <Stack gap="lg" pb="md">
          <SearchFilters
            idPrefix="drawer-filter"
            facets={props.facets}
            state={props.state}
            knownLabels={props.knownLabels}
            onChange={props.onChange}
          />
          <Group
            justify="space-between"
            pos="sticky"
            bottom={0}
            py="sm"
            bg="var(--mantine-color-body)"
            style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
          >
            {props.activeCount ? <ResetButton onReset={props.onReset} /> : <span />}
            <Button onClick={drawer.close}>
              {props.total === null
                ? t('common.close')
                : t('search.filters.showResults', { count: props.total })}
            </Button>
          </Group>
        </Stack>
      </Drawer>
    </>
  );
}
