/**
 * Scoring constants for expert matching. Pure data, shared by the api's SQL
 * (apps/api/src/matching) and the measurement lab (tools/eval). Tuned on the
 * dev collections in shared/eval; see tools/eval/README.md for the figures.
 */
export interface RankingWeights {
  /** declared subtopic match: confidence x level factor x this */
  subtopic: number;
  /** subtopic inferred from tags/bio (not ticked by the member) */
  inferredSubtopic: number;
  /** share of further declared subtopic hits added to the best one (two-topic questions) */
  subtopicExtra: number;
  /** domain match (from a domain word or derived from a subtopic hit) */
  domain: number;
  /** text relevance of the query's own words (0..1 after saturation) */
  text: number;
  /** text relevance of the vocabulary borrowed from matched subtopics */
  expansion: number;
  /** level factor by rank 1..3 (index 0 unused) */
  levelFactor: [number, number, number, number];
  /** level factor when the question asks for a specialist or expert */
  specialistLevelFactor: [number, number, number, number];
  /** bonus for members open for questions */
  available: number;
  /** ts_rank weights {D, C, B, A} */
  tsWeights: [number, number, number, number];
  /** BM25-like saturation constant: tf / (tf + k) */
  saturation: number;
  /** candidates scored per query (bounded for speed) */
  candidateLimit: number;
}

export const RANKING: RankingWeights = {
  subtopic: 1.0,
  subtopicExtra: 0.3,
  inferredSubtopic: 0.8,
  domain: 0.3,
  text: 1.0,
  expansion: 0.5,
  levelFactor: [0, 0.6, 0.85, 1],
  specialistLevelFactor: [0, 0.3, 0.6, 1],
  available: 0.02,
  tsWeights: [0.1, 0.3, 0.6, 1.0],
  saturation: 0.1,
  candidateLimit: 300,
};
