import type { SearchExpertsQuery } from '../../../gql/graphql';
import type { ExpertHit } from '../lib/hit';

type Result = SearchExpertsQuery['searchExperts'];

/** A search hit as the server returns it (with __typename); every call returns a fresh object. */
export function aHit(overrides: Partial<ExpertHit> & { id?: string; name?: string } = {}) {
  const { id = 'member-7', name = 'Jolanda van Essen', ...rest } = overrides;
  // Nested objects carry __typename as the server sends them; the generated types omit it.
  const hit = {
    __typename: 'ExpertMatch',
    score: 2.28,
    reasons: [
      'Gevorderd: selectief mutisme',
      'biedt observatie in de klas',
      'zelfde bestuur',
      'staat open voor vragen',
    ],
    snippet: 'twee <mark>kleuters</mark> met selectief mutisme begeleid',
    matchedSubtopics: [
      {
        __typename: 'Subtopic',
        slug: 'selectief-mutisme',
        label: 'Selectief mutisme',
        domainSlug: 'spraak-taal',
      },
    ],
    member: {
      __typename: 'Member',
      id,
      name,
      roleLabel: 'Leerkracht',
      school: { __typename: 'School', id: 'school-3', name: 'CBS De Kiezelsteen', town: 'Ede' },
      profile: {
        __typename: 'ExpertiseProfile',
        headline: null,
        openForQuestions: true,
        availability: '1× per maand',
        expertise: [
          {
            __typename: 'Expertise',
            domain: {
              __typename: 'Domain',
              slug: 'spraak-taal',
              label: 'Spraak- en taalontwikkeling',
            },
            subtopics: [
              { __typename: 'Subtopic', slug: 'selectief-mutisme', label: 'Selectief mutisme' },
            ],
            level: 'GEVORDERD',
            offers: ['meelopen', 'observatie'],
            offerLabels: ['Meelopen of meekijken bij mij', 'Observatie in de klas'],
          },
        ],
      },
    },
    ...rest,
  };
  return hit as ExpertHit;
}

export function aFacet(field: string, values: [value: string, label: string, count: number][]) {
  return {
    __typename: 'Facet' as const,
    field,
    values: values.map(([value, label, count]) => ({
      __typename: 'FacetValue' as const,
      value,
      label,
      count,
    })),
  };
}

/** A `searchExperts` result with the given hits and facets. */
export function aResult(
  nodes: ExpertHit[],
  facets: ReturnType<typeof aFacet>[] = [],
  { total = nodes.length, hasNextPage = false, endCursor = null as string | null } = {},
): Result {
  const result = {
    __typename: 'ExpertSearchResult',
    total,
    nodes,
    facets,
    pageInfo: { __typename: 'ExpertPageInfo', hasNextPage, endCursor },
  };
  return result as Result;
}
