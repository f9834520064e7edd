import { type Locale, searchTaxonomy } from '@deelwijs/taxonomy';

/** A subtopic as the `taxonomy` query returns it, with its domain. */
export interface PickerSubtopic {
  slug: string;
  label: string;
  synonyms: string[];
  retired: boolean;
  domainSlug: string;
  domainLabel: string;
}

export interface SubtopicMatch {
  slug: string;
  label: string;
  domainSlug: string;
  domainLabel: string;
  /** The synonym (or other-language label) that was typed, when it differs from the label. */
  matched: string | null;
}

export interface TaxonomyDomainData {
  slug: string;
  label: string;
  subtopics: { slug: string; label: string; synonyms: string[]; retired: boolean }[];
}

/** Subtopics by slug, from the database taxonomy (the authority on what can be chosen). */
export function indexSubtopics(
  domains: readonly TaxonomyDomainData[],
): Map<string, PickerSubtopic> {
  const index = new Map<string, PickerSubtopic>();
  for (const domain of domains) {
    for (const subtopic of domain.subtopics) {
      index.set(subtopic.slug, {
        ...subtopic,
        domainSlug: domain.slug,
        domainLabel: domain.label,
      });
    }
  }
  return index;
}

function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const same = (a: string, b: string) => words(a).join(' ') === words(b).join(' ');

/** Every typed word starts a word of the phrase ("lees prob" finds "Leesproblemen" too). */
function phraseMatches(query: string[], phrase: string): boolean {
  const tokens = words(phrase);
  const joined = tokens.join('');
  return (
    query.every((word) => tokens.some((token) => token.startsWith(word))) ||
    joined.startsWith(query.join(''))
  );
}

export interface FindSubtopicsOptions {
  /** Only subtopics of this domain. */
  domain?: string | null;
  locale?: Locale;
  limit?: number;
  /** Slugs to leave out (already chosen). */
  exclude?: readonly string[];
}

/**
 * Suggestions for the picker: the shared matcher finds subtopics by label, synonym, abbreviation
 * ("TOS") or small typo; the database taxonomy decides what may be chosen (no retired ones) and
 * supplies the labels. Subtopics an admin added (unknown to the shared lib) are found by their
 * label and synonyms from the query data.
 */
export function findSubtopics(
  query: string,
  subtopics: ReadonlyMap<string, PickerSubtopic>,
  { domain = null, locale = 'nl', limit = 12, exclude = [] }: FindSubtopicsOptions = {},
): SubtopicMatch[] {
  const typed = words(query);
  if (typed.length === 0) return [];
  const skip = new Set(exclude);
  const allowed = (subtopic: PickerSubtopic | undefined): subtopic is PickerSubtopic =>
    Boolean(subtopic) &&
    !subtopic!.retired &&
    !skip.has(subtopic!.slug) &&
    (!domain || subtopic!.domainSlug === domain);

  const found = new Map<string, SubtopicMatch>();
  for (const hit of searchTaxonomy(query, { locale, limit: 40 })) {
    const subtopic = subtopics.get(hit.slug);
    if (!allowed(subtopic) || found.has(subtopic.slug)) continue;
    const isLabel = same(hit.matched, subtopic.label) || same(hit.matched, hit.label);
    found.set(subtopic.slug, toMatch(subtopic, isLabel ? null : hit.matched));
  }
  const extra: SubtopicMatch[] = [];
  for (const subtopic of subtopics.values()) {
    if (!allowed(subtopic) || found.has(subtopic.slug)) continue;
    if (phraseMatches(typed, subtopic.label)) {
      extra.push(toMatch(subtopic, null));
      continue;
    }
    const synonym = subtopic.synonyms.find((phrase) => phraseMatches(typed, phrase));
    if (synonym) extra.push(toMatch(subtopic, synonym));
  }
  extra.sort((a, b) => a.label.localeCompare(b.label, locale));
  return [...found.values(), ...extra].slice(0, limit);
}

function toMatch(subtopic: PickerSubtopic, matched: string | null): SubtopicMatch {
  return {
    slug: subtopic.slug,
    label: subtopic.label,
    domainSlug: subtopic.domainSlug,
    domainLabel: subtopic.domainLabel,
    matched,
  };
}
