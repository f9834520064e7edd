import type { ApolloCache } from '@apollo/client';

import type { AdminSubtopicFieldsFragment } from '../../../../gql/graphql';
import { AdminTaxonomyQuery } from '../../graphql/taxonomy';

/**
 * Domains and subtopics have slugs, not ids, so Apollo keeps them inside the query result:
 * changes are written into the cached AdminTaxonomy result by hand.
 */
export function writeSubtopic(cache: ApolloCache, subtopic: AdminSubtopicFieldsFragment): void {
  cache.updateQuery({ query: AdminTaxonomyQuery }, (data) => {
    if (!data) return data;
    return {
      ...data,
      taxonomy: data.taxonomy.map((domain) => {
        if (domain.slug !== subtopic.domainSlug) return domain;
        const exists = domain.subtopics.some((item) => item.slug === subtopic.slug);
        return {
          ...domain,
          subtopics: exists
            ? domain.subtopics.map((item) => (item.slug === subtopic.slug ? subtopic : item))
            : [...domain.subtopics, subtopic],
        };
      }),
    };
  });
}
