import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { parseSearchParams, type SearchState, toSearchParams } from '../lib/searchParams';

/** The search (question, filters, pages shown) lives in the URL, so links and Back keep it. */
export function useSearchState() {
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parseSearchParams(searchParams), [searchParams]);

  /** A change of question or filters starts again at page 1, unless `page` is given. */
  const update = useCallback(
    (patch: Partial<SearchState>, options: { replace?: boolean } = {}) => {
      setSearchParams(
        (current) => {
          const previous = parseSearchParams(current);
          return toSearchParams({ ...previous, page: 1, ...patch });
        },
        { replace: options.replace },
      );
    },
    [setSearchParams],
  );

  return { state, update };
}
