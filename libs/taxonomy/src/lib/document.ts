/**
 * Builds the text and taxonomy fields of a member's search document from the
 * expertise profile. The api stores the result in `search_document` on every
 * profile change; the tsvector itself is computed by PostgreSQL from textA/B/C.
 */
import { analyseQuery, correctTypo, splitCompound } from './matcher';
import { domainOfSubtopic, getDomain, getSubtopic, levelRank } from './taxonomy';
import { isStopWord, tokenise } from './text';

export interface ExpertiseInput {
  domain: string;
  subtopics?: string[];
  level?: string | null;
  source?: string | null;
  offers?: string[];
  description?: string | null;
}

export interface ProfileInput {
  headline?: string | null;
  bio?: string | null;
  tags?: string[];
  expertise: ExpertiseInput[];
}

export interface SearchDocumentFields {
  /** weight A: labels and synonyms of the declared subtopics */
  textA: string;
  /** weight B: domain labels, tags (+ corrected spellings), descriptions, headline, inferred subtopic labels */
  textB: string;
  /** weight C: bio */
  textC: string;
  /** declared and inferred subtopic slugs (for the GIN candidate index) */
  subtopics: string[];
  /** declared domains and domains of all subtopics */
  domains: string[];
  /** declared subtopic -> level rank 1..3 (highest entry wins) */
  subtopicLevels: Record<string, number>;
  /** inferred (from tags/bio) subtopic -> level rank of the domain entry it belongs to, else 1 */
  inferredSubtopics: Record<string, number>;
  /** domain -> highest level rank */
  domainLevels: Record<string, number>;
  /** union of offer slugs */
  offers: string[];
}

export interface BuildOptions {
  /** minimum matcher confidence for inferring a subtopic from the tags */
  tagThreshold?: number;
  /** minimum matcher confidence for inferring a subtopic from the bio; > 1.2 disables */
  bioThreshold?: number;
}

const uniq = <T>(xs: T[]) => [...new Set(xs)];
/** A lookup keyed by slugs from the input: no prototype, so "constructor" is just a key. */
const dictionary = (): Record<string, number> => Object.create(null) as Record<string, number>;

/** Tag words with typos corrected and compounds split ("#sottteren" -> "stotteren"). */
function cleanTagWords(tags: string[]): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    for (const tok of tokenise(tag)) {
      if (isStopWord(tok)) continue;
      const fix = correctTypo(tok);
      if (fix) out.push(fix.to);
      const parts = splitCompound(tok);
      if (parts.length && !fix) out.push(...parts);
    }
  }
  return out;
}

export function buildSearchDocument(
  profile: ProfileInput,
  options: BuildOptions = {},
): SearchDocumentFields {
  const tagThreshold = options.tagThreshold ?? 0.8;
  const bioThreshold = options.bioThreshold ?? 1.0;
  const subtopicLevels: Record<string, number> = dictionary();
  const domainLevels: Record<string, number> = dictionary();
  const a: string[] = [];
  const b: string[] = [];
  const offers: string[] = [];
  for (const e of profile.expertise) {
    const rank = levelRank(e.level) || 1;
    domainLevels[e.domain] = Math.max(domainLevels[e.domain] ?? 0, rank);
    for (const slug of e.subtopics ?? []) {
      const s = getSubtopic(slug);
      if (!s) continue;
      subtopicLevels[slug] = Math.max(subtopicLevels[slug] ?? 0, rank);
      domainLevels[s.domain] = Math.max(domainLevels[s.domain] ?? 0, rank);
      a.push(s.label_nl, ...s.synonyms_nl, s.label_en, ...s.synonyms_en);
    }
    offers.push(...(e.offers ?? []));
    if (e.description) b.push(e.description);
  }
  for (const slug of Object.keys(domainLevels)) {
    const d = getDomain(slug);
    if (d) b.push(d.label_nl, d.label_en);
  }
  const tags = profile.tags ?? [];
  b.push(...tags, ...cleanTagWords(tags));
  if (profile.headline) b.push(profile.headline);

  // Infer subtopics the member did not tick but clearly describes.
  const inferredSubtopics: Record<string, number> = dictionary();
  const infer = (text: string, threshold: number) => {
    if (!text.trim() || threshold > 1.2) return;
    for (const hit of analyseQuery(text, { caseText: false }).subtopics) {
      if (hit.score < threshold || subtopicLevels[hit.slug]) continue;
      const domain = domainOfSubtopic(hit.slug)!;
      const rank = domainLevels[domain] ?? 1;
      inferredSubtopics[hit.slug] = Math.max(inferredSubtopics[hit.slug] ?? 0, rank);
    }
  };
  tags.forEach((t) => infer(t, tagThreshold));
  infer(profile.bio ?? '', bioThreshold);
  for (const slug of Object.keys(inferredSubtopics)) {
    const s = getSubtopic(slug)!;
    b.push(s.label_nl);
  }

  const subtopics = uniq([...Object.keys(subtopicLevels), ...Object.keys(inferredSubtopics)]);
  const domains = uniq([
    ...Object.keys(domainLevels),
    ...subtopics.map((s) => domainOfSubtopic(s)!),
  ]);
  return {
    textA: uniq(a).join(' ; '),
    textB: uniq(b).join(' ; '),
    textC: profile.bio ?? '',
    subtopics,
    domains,
    subtopicLevels,
    inferredSubtopics,
    domainLevels,
    offers: uniq(offers),
  };
}
