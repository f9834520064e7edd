import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export interface ThreadParams {
  unanswered: boolean;
  mine: boolean;
  domain: string | null;
  page: number;
}

/** The thread list's filters live in the URL, so they survive reloads and can be shared. */
export function useThreadParams(): [ThreadParams, (patch: Partial<ThreadParams>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const page = Number.parseInt(searchParams.get('pagina') ?? '1', 10);
  const params: ThreadParams = {
    unanswered: searchParams.get('onbeantwoord') === '1',
    mine: searchParams.get('mijn') === '1',
    domain: searchParams.get('domein'),
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };

  const update = useCallback(
    (patch: Partial<ThreadParams>) => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          const set = (key: string, value: string | null) => {
            if (value) next.set(key, value);
            else next.delete(key);
          };
          if ('unanswered' in patch) set('onbeantwoord', patch.unanswered ? '1' : null);
          if ('mine' in patch) set('mijn', patch.mine ? '1' : null);
          if ('domain' in patch) set('domein', patch.domain ?? null);
          // Changing a filter starts at the first page again.
          const page = 'page' in patch ? (patch.page ?? 1) : 1;
          set('pagina', page > 1 ? String(page) : null);
          return next;
        },
        { replace: !('page' in patch) },
      );
    },
    [setSearchParams],
  );

  return [params, update];
}
