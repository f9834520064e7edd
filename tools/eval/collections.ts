/** Loading of the shared eval collections and the metrics (nDCG@10, recall@10). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface EvalExpertise {
  domain: string;
  subtopics: string[];
  level: string;
  source: string;
  offers: string[];
}
export interface EvalProfile {
  id: string;
  name: string;
  email: string;
  role: string;
  school: string;
  expertise: EvalExpertise[];
  tags: string[];
  bio: string;
}
export interface EvalQuery {
  id: string;
  query: string;
}
export interface Collection {
  name: string;
  profiles: EvalProfile[];
  queries: EvalQuery[];
  /** query id -> profile id -> grade */
  qrels: Map<string, Map<string, number>>;
}

export const EVAL_DIR = process.env.EVAL_DIR ?? '/work/shared/eval';

function jsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

function qrels(path: string): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [q, p, g] = line.trim().split(/\t/);
    if (!q || !p) continue;
    if (!out.has(q)) out.set(q, new Map());
    out.get(q)!.set(p, Number(g));
  }
  return out;
}

export function loadCollections(): Collection[] {
  return [
    {
      name: 'dev',
      profiles: jsonl(join(EVAL_DIR, 'profiles.jsonl')),
      queries: jsonl(join(EVAL_DIR, 'queries.dev.jsonl')),
      qrels: qrels(join(EVAL_DIR, 'qrels.dev.tsv')),
    },
    {
      name: 'hard',
      profiles: jsonl(join(EVAL_DIR, 'hard', 'profiles.jsonl')),
      queries: jsonl(join(EVAL_DIR, 'hard', 'queries.jsonl')),
      qrels: qrels(join(EVAL_DIR, 'hard', 'qrels.tsv')),
    },
  ];
}

/** nDCG@k with graded gain = grade and discount 1/log2(rank+1); ideal from all judged profiles. */
export function ndcgAt(ranked: string[], judged: Map<string, number>, k = 10): number {
  const dcg = ranked
    .slice(0, k)
    .reduce((s, id, i) => s + (judged.get(id) ?? 0) / Math.log2(i + 2), 0);
  const ideal = [...judged.values()]
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((s, g, i) => s + g / Math.log2(i + 2), 0);
  return ideal > 0 ? dcg / ideal : 0;
}

/** recall@k with relevant = grade >= 2. */
export function recallAt(ranked: string[], judged: Map<string, number>, k = 10): number {
  const relevant = [...judged.entries()].filter(([, g]) => g >= 2).map(([id]) => id);
  if (relevant.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}
