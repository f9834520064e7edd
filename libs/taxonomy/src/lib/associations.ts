/**
 * Word–subtopic associations learned from an installation's own data, and the choice between
 * confident topics and topic suggestions. Pure TypeScript.
 *
 * Method (documented in docs/ARCHITECTURE.md, Matching): every labelled text (the bio and tags
 * of a member who declares subtopics; the text of a question whose topics the asker confirmed or
 * corrected) is reduced to its set of topic words (content words that are not generic, setting or
 * short words, by stem). For a subtopic s and a word w, with N texts (weighted), n_s texts
 * labelled s, df_w texts containing w and c texts labelled s containing w, the smoothed
 * log-odds ratio
 *
 *   lor(w, s) = ln( (c + α) / (n_s − c + α) ) − ln( (df_w − c + α) / (N − n_s − df_w + c + α) )
 *
 * says how much more often w occurs in texts about s than in other texts. Words with c ≥
 * minSupport, c ≥ minShare · n_s, not (df_w > maxDocShare · N and df_w > c) (common words tell nothing apart), a
 * stem of at least minStemLength letters and lor ≥ minLogOdds are kept (at most maxWordsPerSubtopic per subtopic, highest
 * first), with weight min(1, lor / fullLogOdds). A question's learned evidence for s is the sum
 * of the weights of its topic words (see analyseQuery, case mode).
 */
import type { TaxonomyHit, TopicAssociations } from './matcher';
import { topicalStems } from './matcher';

export interface LabelledText {
  text: string;
  subtopics: readonly string[];
  /** how much this text counts (a confirmed question counts more than a bio); default 1 */
  weight?: number;
}

export interface LearnedAssociation {
  subtopic: string;
  stem: string;
  weight: number;
  /** weighted number of labelled texts with the word */
  support: number;
}

export const LEARNING = {
  alpha: 0.5,
  minSupport: 3,
  /** the word occurs in at least this share of the subtopic's texts */
  minShare: 0.15,
  /** words in more than this share of all texts are too common to tell subtopics apart */
  maxDocShare: 0.08,
  /** shorter stems are mostly inflected function words ("lat" of laten) */
  minStemLength: 5,
  minLogOdds: Math.log(4),
  fullLogOdds: Math.log(30),
  maxWordsPerSubtopic: 60,
  /** subtopics with fewer labelled texts learn nothing */
  minTexts: 3,
};

export function learnAssociations(
  texts: readonly LabelledText[],
  options: Partial<typeof LEARNING> = {},
): LearnedAssociation[] {
  const o = { ...LEARNING, ...options };
  const docs = texts
    .filter((t) => t.subtopics.length)
    .map((t) => ({
      stems: topicalStems(t.text),
      subtopics: new Set(t.subtopics),
      w: t.weight ?? 1,
    }));
  let total = 0;
  const df = new Map<string, number>();
  const perSubtopic = new Map<string, number>();
  const joint = new Map<string, Map<string, number>>();
  for (const d of docs) {
    total += d.w;
    for (const st of d.stems) df.set(st, (df.get(st) ?? 0) + d.w);
    for (const s of d.subtopics) {
      perSubtopic.set(s, (perSubtopic.get(s) ?? 0) + d.w);
      const counts = joint.get(s) ?? new Map<string, number>();
      for (const st of d.stems) counts.set(st, (counts.get(st) ?? 0) + d.w);
      joint.set(s, counts);
    }
  }
  const out: LearnedAssociation[] = [];
  const a = o.alpha;
  for (const [subtopic, counts] of joint) {
    const ns = perSubtopic.get(subtopic) ?? 0;
    if (ns < o.minTexts) continue;
    const kept: LearnedAssociation[] = [];
    for (const [st, c] of counts) {
      const dfw = df.get(st) ?? 0;
      if (c < o.minSupport || c < o.minShare * ns) continue;
      // common words (in many texts, also outside the subtopic) tell nothing apart
      if (st.length < o.minStemLength || (dfw > o.maxDocShare * total && dfw > c)) continue;
      const lor =
        Math.log((c + a) / (ns - c + a)) - Math.log((dfw - c + a) / (total - ns - dfw + c + a));
      if (lor < o.minLogOdds) continue;
      kept.push({
        subtopic,
        stem: st,
        weight: Math.round(Math.min(1, lor / o.fullLogOdds) * 1000) / 1000,
        support: c,
      });
    }
    kept.sort(
      (x, y) => y.weight - x.weight || y.support - x.support || x.stem.localeCompare(y.stem),
    );
    out.push(...kept.slice(0, o.maxWordsPerSubtopic));
  }
  return out;
}

/** The lookup analyseQuery uses, from stored associations. */
export function associationIndex(
  rows: readonly Omit<LearnedAssociation, 'support'>[],
): TopicAssociations {
  const byStem = new Map<string, { slug: string; weight: number }[]>();
  for (const r of rows) {
    const list = byStem.get(r.stem) ?? [];
    list.push({ slug: r.subtopic, weight: r.weight });
    byStem.set(r.stem, list);
  }
  return { byStem };
}

/** Thresholds of the topic choice. */
export const TOPIC_CHOICE = {
  /** a confident topic scores at least this… */
  confident: 0.75,
  /**
   * …in a case description at least this: a case mentions many things in passing, so one
   * matching term is not enough; it takes a strong match and more evidence for the same topic
   */
  confidentInCase: 1.05,
  /** …and leads the next topic that is not itself confident by this much */
  margin: 0.1,
  /** suggestions ("onderwerp kiezen") score at least this */
  suggestion: 0.2,
  /** at most this many topics or suggestions */
  max: 3,
};

/**
 * Precision first: confident topics (set on a question) only when the evidence is strong and
 * clearly ahead, never from setting words alone; otherwise the best few as suggestions for
 * the asker to choose from.
 */
export function chooseTopics<H extends Pick<TaxonomyHit, 'slug' | 'score' | 'contextOnly'>>(
  hits: readonly H[],
  caseText = false,
  thresholds: Partial<typeof TOPIC_CHOICE> = {},
): { confident: H[]; suggestions: H[] } {
  const t = { ...TOPIC_CHOICE, ...thresholds };
  const sorted = [...hits].sort((a, b) => b.score - a.score);
  const min = caseText ? t.confidentInCase : t.confident;
  const strong = sorted.filter((h) => h.score >= min && !h.contextOnly);
  const next = sorted.find((h) => !strong.includes(h));
  const lead = strong.length ? strong[strong.length - 1].score - (next?.score ?? 0) : 0;
  if (strong.length && lead >= t.margin) {
    return { confident: strong.slice(0, t.max), suggestions: [] };
  }
  return {
    confident: [],
    suggestions: sorted.filter((h) => h.score >= t.suggestion).slice(0, t.max),
  };
}
