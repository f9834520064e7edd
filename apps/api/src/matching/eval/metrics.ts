/** nDCG@k and recall@k as defined in shared/eval/README.md. */

/** Graded gain = grade, discount 1/log2(rank+1); the ideal ranking from all judged profiles. */
export function ndcgAt(ranked: string[], judged: Map<string, number>, k = 10): number {
  const dcg = ranked
    .slice(0, k)
    .reduce((sum, id, i) => sum + (judged.get(id) ?? 0) / Math.log2(i + 2), 0);
  const ideal = [...judged.values()]
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, grade, i) => sum + grade / Math.log2(i + 2), 0);
  return ideal > 0 ? dcg / ideal : 0;
}

/** Relevant = grade >= 2. */
export function recallAt(ranked: string[], judged: Map<string, number>, k = 10): number {
  const relevant = [...judged.entries()].filter(([, grade]) => grade >= 2).map(([id]) => id);
  if (!relevant.length) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}
