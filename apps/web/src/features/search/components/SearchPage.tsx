import { useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Grid, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { getApiError } from '../../../lib/errors';
import { SearchExpertsQuery } from '../graphql/searchExperts';
import { useSearchState } from '../hooks/useSearchState';
import {
  activeFilterCount,
  MAX_FIRST,
  PAGE_SIZE,
  searchKey,
  type SearchState,
  toExpertFilter,
} from '../lib/searchParams';
import { EmptyResults } from './EmptyResults';
import { ExampleQuestions } from './ExampleQuestions';
import { ExpertSearchBox } from './ExpertSearchBox';
import { FiltersDrawer, FiltersSidebar } from './FiltersPanel';
import { ResultCard, resultLinkId } from './ResultCard';
import { ResultsSkeleton } from './ResultsSkeleton';

const NO_FILTERS: SearchState['filters'] = {
  domain: [],
  subtopic: [],
  role: [],
  offer: [],
  school: [],
  board: [],
};

/** `/zoeken?q=…`: colleagues who can help, with filters, reasons and "Meer resultaten". */
export function SearchPage() {
  const { t } = useTranslation();
  const { state, update } = useSearchState();
  const desktop = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false });

  // Pages already shown (pagina=3 after a reload) are fetched at once; "Meer" adds pages with
  // the cursor, so the variables stay the same while the URL counts the pages.
  const key = searchKey(state);
  const [paging, setPaging] = useState(() => ({
    key,
    first: Math.min(state.page * PAGE_SIZE, MAX_FIRST),
  }));
  if (paging.key !== key) setPaging({ key, first: PAGE_SIZE });
  const first = paging.key === key ? paging.first : PAGE_SIZE;

  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(SearchExpertsQuery, {
    variables: { query: state.query, filter: toExpertFilter(state), first },
    skip: !state.query,
  });
  const shown = state.query ? (data ?? previousData) : undefined;
  const result = shown?.searchExperts;
  const nodes = result?.nodes ?? [];
  const stale = loading && !data;
  const activeCount = activeFilterCount(state);

  const knownLabels = useMemo(() => {
    const labels = new Map<string, string>();
    for (const facets of [previousData?.searchExperts.facets, data?.searchExperts.facets]) {
      for (const facet of facets ?? []) for (const v of facet.values) labels.set(v.value, v.label);
    }
    return labels;
  }, [data, previousData]);

  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState(false);
  const [moreAnnouncement, setMoreAnnouncement] = useState('');
  const focusRank = useRef<number | null>(null);
  useEffect(() => {
    if (focusRank.current !== null && nodes.length >= focusRank.current) {
      document.getElementById(resultLinkId(focusRank.current))?.focus();
      focusRank.current = null;
    }
  }, [nodes.length]);

  const loadMore = async () => {
    if (!result?.pageInfo.endCursor) return;
    const before = nodes.length;
    setLoadingMore(true);
    setMoreError(false);
    try {
      const more = await fetchMore({
        variables: { after: result.pageInfo.endCursor, first: PAGE_SIZE },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...previous,
          searchExperts: {
            ...fetchMoreResult.searchExperts,
            facets: previous.searchExperts.facets,
            nodes: [...previous.searchExperts.nodes, ...fetchMoreResult.searchExperts.nodes],
          },
        }),
      });
      const added = more.data?.searchExperts.nodes.length ?? 0;
      focusRank.current = before + 1;
      setMoreAnnouncement(
        t('search.page.moreLoaded', { count: added, shown: before + added, total: result.total }),
      );
      update({ page: state.page + 1 }, { replace: true });
    } catch {
      setMoreError(true);
    } finally {
      setLoadingMore(false);
    }
  };

  const apiError = error ? getApiError(error) : null;
  const queryError =
    apiError?.code === 'BAD_USER_INPUT' && apiError.field === 'query' ? apiError.message : null;
  const changeFilters = (patch: Partial<Pick<SearchState, 'filters' | 'availableOnly'>>) =>
    update(patch);
  const resetFilters = () => update({ filters: NO_FILTERS, availableOnly: false });
  const total = result?.total ?? null;

  const panelProps = {
    facets: result?.facets ?? [],
    state,
    knownLabels,
    activeCount,
    total,
    onChange: changeFilters,
    onReset: resetFilters,
  };

  const countText = total === null ? '' : t('search.page.count', { count: total });

  let body;
  if (error && !shown) {
    body = (
      <ErrorAlert
        error={error}
        title={t('search.page.errorTitle')}
        onRetry={queryError ? undefined : () => void refetch()}
      />
    );
  } else if (!result) {
    body = <ResultsSkeleton />;
  } else if (nodes.length === 0) {
    body = (
      <EmptyResults query={state.query} filtered={activeCount > 0} onResetFilters={resetFilters} />
    );
  } else {
    body = (
      <Stack gap="md">
        <Stack
          component="ol"
          gap="md"
          p={0}
          m={0}
          style={{ listStyle: 'none', opacity: stale ? 0.6 : 1, transition: 'opacity 150ms' }}
          aria-label={t('search.page.resultsLabel')}
          aria-busy={stale}
        >
          {nodes.map((hit, index) => (
            <li key={hit.member.id}>
              <ResultCard hit={hit} rank={index + 1} />
            </li>
          ))}
        </Stack>
        {moreError ? (
          <Alert color="red" variant="light" role="alert">
            {t('search.page.moreFailed')}
          </Alert>
        ) : null}
        <Group justify="center" gap="sm" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t('search.page.shown', { shown: nodes.length, total: result.total })}
          </Text>
          {result.pageInfo.hasNextPage ? (
            <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
              {t('search.page.more')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    );
  }

  return (
    <>
      <PageHeader title={t('search.page.title')} description={t('search.page.intro')} />
      <Box mb="lg">
        <ExpertSearchBox
          id="search-query"
          value={state.query}
          size="md"
          error={queryError}
          onSearch={(query) =>
            update({ query, filters: NO_FILTERS, availableOnly: state.availableOnly })
          }
          onPickSubtopic={(s) => update({ query: s.subtopic.label, filters: NO_FILTERS })}
        />
      </Box>
      {!state.query ? (
        <Stack gap="md">
          <Title order={2} fz="lg">
            {t('search.page.noQueryTitle')}
          </Title>
          <Text c="dimmed">{t('search.page.noQuery')}</Text>
          <ExampleQuestions id="search-examples" />
        </Stack>
      ) : (
        <Grid gap="xl">
          {desktop ? (
            <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
              <FiltersSidebar {...panelProps} />
            </Grid.Col>
          ) : null}
          <Grid.Col span={desktop ? { base: 12, md: 8, lg: 9 } : 12}>
            <VisuallyHidden component="h2">{t('search.page.resultsLabel')}</VisuallyHidden>
            <Group justify="space-between" align="center" mb="md" gap="sm" wrap="wrap">
              <Text fw={600} size="lg" role="status" style={{ overflowWrap: 'anywhere' }}>
                {countText || (loading ? t('search.page.searching') : '')}
              </Text>
              {!desktop && result ? <FiltersDrawer {...panelProps} /> : null}
            </Group>
            <VisuallyHidden aria-live="polite">{moreAnnouncement}</VisuallyHidden>
            {body}
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}
