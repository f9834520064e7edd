import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import type { MemberFilterInput } from '../../../gql/graphql';

export const DIRECTORY_PAGE_SIZE = 24;

export interface DirectoryParams {
  search: string;
  schoolId: string | null;
  jobRole: string | null;
  domain: string | null;
  /** 1-based. */
  page: number;
}

/** URL parameter names (Dutch, as the addresses are). */
const KEYS = {
  search: 'zoek',
  schoolId: 'school',
  jobRole: 'functie',
  domain: 'domein',
  page: 'pagina',
} as const;

/** Filters and page live in the URL, so a link or the back button keeps them. */
export function useDirectoryParams() {
  const [searchParams, setSearchParams] = useSearchParams();

  const params = useMemo<DirectoryParams>(() => {
    const page = Number.parseInt(searchParams.get(KEYS.page) ?? '1', 10);
    return {
      search: searchParams.get(KEYS.search) ?? '',
      schoolId: searchParams.get(KEYS.schoolId) || null,
      jobRole: searchParams.get(KEYS.jobRole) || null,
      domain: searchParams.get(KEYS.domain) || null,
      page: Number.isFinite(page) && page > 0 ? page : 1,
    };
  }, [searchParams]);

  /** Changing a filter goes back to page 1; typing replaces the history entry. */
  const update = useCallback(
    (patch: Partial<DirectoryParams>, options: { replace?: boolean } = {}) => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [name, value] of Object.entries(patch) as [keyof DirectoryParams, unknown][]) {
            const text = value === null || value === undefined ? '' : String(value).trim();
            if (text && !(name === 'page' && text === '1')) next.set(KEYS[name], text);
            else next.delete(KEYS[name]);
          }
          if (!('page' in patch)) next.delete(KEYS.page);
          return next;
        },
        { replace: options.replace },
      );
    },
    [setSearchParams],
  );

  return { params, update };
}

export function hasFilters(params: DirectoryParams): boolean {
  return Boolean(params.search.trim() || params.schoolId || params.jobRole || params.domain);
}

export function toFilterInput(params: DirectoryParams): MemberFilterInput {
  const filter: MemberFilterInput = {};
  if (params.search.trim()) filter.search = params.search.trim();
  if (params.schoolId) filter.schoolId = params.schoolId;
  if (params.jobRole) filter.jobRole = params.jobRole;
  if (params.domain) filter.domain = params.domain;
  return filter;
}
