import {
  ABBREVIATIONS,
  type AnalyseOptions,
  analyseQuery,
  getSubtopic,
  isStopWord,
  type QueryAnalysis,
  stem,
  tokenise,
} from '@deelwijs/taxonomy';

/** A subtopic as the database knows it (the file's plus admins' additions and synonyms). */
export interface VocabularySubtopic {
  slug: string;
  domainSlug: string;
  labelNl: string;
  labelEn: string;
  synonymsNl: string[];
  synonymsEn: string[];
}

/** The query analysis the ranking statement needs. */
export interface PreparedQuery {
  analysis: QueryAnalysis;
  subtopics: { slug: string; score: number }[];
  domains: { slug: string; score: number }[];
}

/** Query length bounds (characters, after trimming). */
export const QUERY_MAX_LENGTH = 1000;

/** Trims and collapses white space; the form that is analysed, cached and logged. */
export function cleanQuery(query: string): string {
  return query.replace(/\s+/g, ' ').trim();
}

/** Stems of every word the query contains or implies (corrections, compounds, abbreviations). */
function queryStems(a: QueryAnalysis): Set<string> {
  const words = [
    ...a.contentTokens,
    ...a.corrections.map((c) => c.to),
    ...a.compounds.flatMap((c) => c.parts),
    ...a.contentTokens.flatMap((t) => (ABBREVIATIONS[t] ? tokenise(ABBREVIATIONS[t]) : [])),
  ];
  return new Set(words.map(stem));
}

/**
 * Phrases of the database taxonomy the shared matcher does not know: subtopics added by
 * admins, and synonyms admins added to file subtopics.
 */
function extraPhrases(subtopic: VocabularySubtopic): string[] {
  const known = getSubtopic(subtopic.slug);
  const all = [subtopic.labelNl, subtopic.labelEn, ...subtopic.synonymsNl, ...subtopic.synonymsEn];
  if (!known) return all;
  const lib = new Set(
    [known.label_nl, known.label_en, ...known.synonyms_nl, ...known.synonyms_en].map((p) =>
      p.toLowerCase(),
    ),
  );
  return all.filter((p) => !lib.has(p.toLowerCase()));
}

/**
 * Analyses a question with the shared matcher (`analyseQuery`: filler words, abbreviations,
 * compounds, typos, synonyms; for a case-like text also the signals and learned associations
 * of `options`) and adds hits for database-only vocabulary: a phrase matches
 * when all its content words occur in the query (by stem).
 */
export function prepareQuery(
  query: string,
  vocabulary: VocabularySubtopic[],
  options: AnalyseOptions = {},
): PreparedQuery {
  const analysis = analyseQuery(query, options);
  const subtopics = new Map(analysis.subtopics.map((h) => [h.slug, h.score]));
  const domains = new Map(analysis.domains.map((h) => [h.slug, h.score]));
  const stems = queryStems(analysis);
  for (const subtopic of vocabulary) {
    for (const phrase of extraPhrases(subtopic)) {
      const words = tokenise(phrase).filter((t) => !isStopWord(t));
      if (!words.length || !words.every((w) => stems.has(stem(w)))) continue;
      const score = Math.min(1, 0.85 + 0.05 * words.length);
      if ((subtopics.get(subtopic.slug) ?? 0) < score) subtopics.set(subtopic.slug, score);
      const derived = Math.round(0.6 * score * 1000) / 1000;
      if ((domains.get(subtopic.domainSlug) ?? 0) < derived)
        domains.set(subtopic.domainSlug, derived);
    }
  }
  // ties keep the analysis' order (the more specific match first), then the slug
  const order = new Map(
    [...analysis.subtopics, ...analysis.domains].map((h, i) => [`${h.kind}:${h.slug}`, i]),
  );
  const sorted = (m: Map<string, number>, kind: 'subtopic' | 'domain') =>
    [...m.entries()]
      .map(([slug, score]) => ({ slug, score }))
      .sort(
        (a, b) =>
          b.score - a.score ||
          (order.get(`${kind}:${a.slug}`) ?? Infinity) -
            (order.get(`${kind}:${b.slug}`) ?? Infinity) ||
          a.slug.localeCompare(b.slug),
      );
  return {
    analysis,
    subtopics: sorted(subtopics, 'subtopic'),
    domains: sorted(domains, 'domain'),
  };
}
