import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import { SubtopicSuggestionsQuery } from '../graphql/subtopicSuggestions';
import type { SubtopicSuggestion } from './useSubtopicSuggestions';

/** Question words and filler that say nothing about the topic. */
const FILLER = new Set([
  'wie',
  'wat',
  'waar',
  'hoe',
  'welke',
  'heeft',
  'hebben',
  'ervaring',
  'kan',
  'kunnen',
  'meekijken',
  'helpen',
  'iemand',
  'collega',
  'leerling',
  'leerlingen',
  'groep',
  'klas',
  'niet',
  'met',
  'bij',
  'een',
  'die',
  'het',
  'van',
  'voor',
  'mijn',
  'onze',
]);

/** Up to three content words of a question, longest first ("kleuter die niet praat" → …). */
export function contentWords(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((word) => word.length >= 4 && !FILLER.has(word));
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, 3);
}

/** Subtopics related to a question that found nothing: suggestions for its content words. */
export function useRelatedSubtopics(query: string, skip = false) {
  const words = contentWords(query);
  const options = (index: number) => ({
    variables: { prefix: words[index] ?? '', first: 4 },
    skip: skip || !words[index],
    fetchPolicy: 'cache-first' as const,
  });
  const a = useQuery(SubtopicSuggestionsQuery, options(0));
  const b = useQuery(SubtopicSuggestionsQuery, options(1));
  const c = useQuery(SubtopicSuggestionsQuery, options(2));
  const related = useMemo<SubtopicSuggestion[]>(() => {
    const seen = new Set<string>();
    return [a.data, b.data, c.data]
      .flatMap((data) => data?.subtopicSuggestions ?? [])
      .filter((s) => !seen.has(s.subtopic.slug) && seen.add(s.subtopic.slug))
      .slice(0, 8);
  }, [a.data, b.data, c.data]);
  return { related, loading: a.loading || b.loading || c.loading };
}
