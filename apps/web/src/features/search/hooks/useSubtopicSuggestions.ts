import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';

import type { SubtopicSuggestionsQuery as SuggestionsData } from '../../../gql/graphql';
import { SubtopicSuggestionsQuery } from '../graphql/subtopicSuggestions';

export type SubtopicSuggestion = SuggestionsData['subtopicSuggestions'][number];

const MIN_LENGTH = 2;
const MAX_PREFIX = 100;
const LIMIT = 8;

/** The word being typed last ("… niet praat" → "praat"), when the text has several. */
export function lastWord(text: string): string | null {
  const words = text.trim().split(/\s+/);
  if (words.length < 2) return null;
  const word = (words[words.length - 1] ?? '').replace(/[^\p{L}\p{N}-]/gu, '');
  return word.length >= 3 ? word : null;
}

/**
 * Subtopics for what is being typed, debounced. The api matches from the start of a label or
 * synonym, so for a whole question the last word is tried as well.
 */
export function useSubtopicSuggestions(text: string, { delay = 250 } = {}) {
  const [debounced] = useDebouncedValue(text.trim().slice(0, MAX_PREFIX), delay);
  const word = lastWord(debounced);
  const whole = useQuery(SubtopicSuggestionsQuery, {
    variables: { prefix: debounced, first: LIMIT },
    skip: debounced.length < MIN_LENGTH,
    fetchPolicy: 'cache-first',
  });
  const last = useQuery(SubtopicSuggestionsQuery, {
    variables: { prefix: word ?? '', first: LIMIT },
    skip: !word,
    fetchPolicy: 'cache-first',
  });
  const suggestions = useMemo(() => {
    if (debounced.length < MIN_LENGTH) return [];
    const seen = new Set<string>();
    return [
      ...(whole.data?.subtopicSuggestions ?? []),
      ...(word ? (last.data?.subtopicSuggestions ?? []) : []),
    ]
      .filter((s) => !seen.has(s.subtopic.slug) && seen.add(s.subtopic.slug))
      .slice(0, LIMIT);
  }, [debounced, word, whole.data, last.data]);
  return {
    suggestions,
    loading: whole.loading || last.loading || debounced !== text.trim().slice(0, MAX_PREFIX),
  };
}
