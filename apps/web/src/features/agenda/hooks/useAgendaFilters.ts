import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import type { AgendaFilterValues } from '../components/AgendaFilters';
import { isEventType } from '../lib/options';

function list(value: string | null): string[] {
  return value ? value.split(',').filter(Boolean) : [];
}

/** Agenda filters kept in the URL, so back/forward and shared links keep them. */
export function useAgendaFilters(): [AgendaFilterValues, (next: AgendaFilterValues) => void] {
  const [params, setParams] = useSearchParams();
  const values = useMemo<AgendaFilterValues>(
    () => ({
      mine: params.get('mijn') === '1',
      types: list(params.get('soort')).filter(isEventType),
      domains: list(params.get('domein')),
      past: params.get('afgelopen') === '1',
    }),
    [params],
  );
  const setValues = useCallback(
    (next: AgendaFilterValues) => {
      const search = new URLSearchParams();
      if (next.mine) search.set('mijn', '1');
      if (next.types.length) search.set('soort', next.types.join(','));
      if (next.domains.length) search.set('domein', next.domains.join(','));
      if (next.past) search.set('afgelopen', '1');
      setParams(search, { replace: true });
    },
    [setParams],
  );
  return [values, setValues];
}
