import type { ExpertFilter } from '../../../gql/graphql';

/** The longest question the api accepts. */
export const MAX_QUERY_LENGTH = 1000;
export const PAGE_SIZE = 10;
/** The api returns at most 50 per request. */
export const MAX_FIRST = 50;

/** The facet fields the api returns, in the order the filters are shown. */
export const FACET_FIELDS = ['subtopic', 'domain', 'offer', 'role', 'school', 'board'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

export interface SearchState {
  query: string;
  filters: Record<FacetField, string[]>;
  availableOnly: boolean;
  /** How many pages of results are shown (1-based). */
  page: number;
}

/** Dutch URL parameter names, as the addresses are Dutch. */
export const PARAM_NAMES: Record<FacetField, string> = {
  domain: 'domein',
  subtopic: 'onderwerp',
  role: 'rol',
  offer: 'aanbod',
  school: 'school',
  board: 'bestuur',
};
const QUERY_PARAM = 'q';
const AVAILABLE_PARAM = 'beschikbaar';
const PAGE_PARAM = 'pagina';

function emptyFilters(): Record<FacetField, string[]> {
  return { domain: [], subtopic: [], role: [], offer: [], school: [], board: [] };
}

export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const field of FACET_FIELDS) {
    filters[field] = [...new Set(params.getAll(PARAM_NAMES[field]).filter(Boolean))];
  }
  const page = Number.parseInt(params.get(PAGE_PARAM) ?? '1', 10);
  return {
    query: (params.get(QUERY_PARAM) ?? '').trim(),
    filters,
    availableOnly: params.get(AVAILABLE_PARAM) === '1',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set(QUERY_PARAM, state.query);
  for (const field of FACET_FIELDS) {
    for (const value of state.filters[field]) params.append(PARAM_NAMES[field], value);
  }
  if (state.availableOnly) params.set(AVAILABLE_PARAM, '1');
  if (state.page > 1) params.set(PAGE_PARAM, String(state.page));
  return params;
}

/** `/zoeken?q=…` for a question, without filters. */
export function searchPath(query: string, filters: Partial<Record<FacetField, string[]>> = {}) {
  const params = toSearchParams({
    query: query.trim(),
    filters: { ...emptyFilters(), ...filters },
    availableOnly: false,
    page: 1,
  });
  return `/zoeken?${params.toString()}`;
}

export function activeFilterCount(state: SearchState): number {
  return (
    FACET_FIELDS.reduce((sum, field) => sum + state.filters[field].length, 0) +
    (state.availableOnly ? 1 : 0)
  );
}

/** The api's filter input; fields without a choice are left out. */
export function toExpertFilter(state: SearchState): ExpertFilter {
  const filter: ExpertFilter = {};
  const { domain, subtopic, role, offer, school, board } = state.filters;
  if (domain.length) filter.domains = domain;
  if (subtopic.length) filter.subtopics = subtopic;
  if (role.length) filter.roles = role;
  if (offer.length) filter.offers = offer;
  if (school.length) filter.schools = school;
  if (board.length) filter.boards = board;
  if (state.availableOnly) filter.availableOnly = true;
  return filter;
}

/** Identifies one search (question and filters), regardless of how many pages are shown. */
export function searchKey(state: SearchState): string {
  return JSON.stringify([state.query, state.filters, state.availableOnly]);
}

export function toggleValue(values: readonly string[], value: string, checked: boolean): string[] {
  return checked
    ? [...new Set([...values, value])]
    : values.filter((existing) => existing !== value);
}
