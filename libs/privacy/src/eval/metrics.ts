import { scanText } from '../lib/scan';
import { Finding, FindingKind, LEVEL_OF } from '../lib/types';

/**
 * One case of the guard's own test suite (cases.jsonl): a text and what the guard must find
 * in it. `expect: []` is a look-alike that must pass (phone numbers, postcodes, colleagues…).
 * An expected finding names its kind and the flagged characters.
 */
export interface EvalCase {
  id: string;
  text: string;
  expect: { kind: FindingKind; text: string }[];
  note?: string;
}

export interface KindScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface CaseResult {
  id: string;
  ok: boolean;
  missed: EvalCase['expect'];
  unexpected: Finding[];
}

export interface EvalReport {
  positives: number;
  lookAlikes: number;
  /** findings over all cases */
  overall: KindScore;
  /** refusals (BSN, onderwijsnummer) only: a miss here lets pupil numbers through */
  refusals: KindScore;
  byKind: Record<FindingKind, KindScore>;
  /** look-alikes the guard left alone */
  lookAlikesPassed: number;
  cases: CaseResult[];
}

const KINDS: FindingKind[] = ['BSN', 'ONDERWIJSNUMMER', 'DATE_OF_BIRTH', 'PUPIL_NAME', 'ADDRESS'];

/** Parses the JSON-lines case file (blank lines and `//` comments skipped). */
export function parseCases(jsonl: string): EvalCase[] {
  return jsonl
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//'))
    .map((line, i) => {
      const raw = JSON.parse(line) as Partial<EvalCase>;
      if (typeof raw.text !== 'string' || !Array.isArray(raw.expect)) {
        throw new Error(`case ${i + 1}: needs "text" and "expect"`);
      }
      for (const e of raw.expect) {
        if (!KINDS.includes(e.kind) || !raw.text.includes(e.text)) {
          throw new Error(`case ${raw.id ?? i + 1}: bad expectation ${JSON.stringify(e)}`);
        }
      }
      return { id: raw.id ?? String(i + 1), text: raw.text, expect: raw.expect, note: raw.note };
    });
}

function score(tp: number, fp: number, fn: number): KindScore {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

/** Runs the guard over the cases: an expected finding counts when a finding of its kind overlaps it. */
export function evaluate(cases: readonly EvalCase[], scan = scanText): EvalReport {
  const counts = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<
    FindingKind,
    { tp: number; fp: number; fn: number }
  >;
  const results: CaseResult[] = [];
  for (const c of cases) {
    const found = scan(c.text);
    const used = new Set<Finding>();
    const missed: EvalCase['expect'] = [];
    for (const e of c.expect) {
      const start = c.text.indexOf(e.text);
      const end = start + e.text.length;
      const hit = found.find(
        (f) => !used.has(f) && f.kind === e.kind && f.start < end && start < f.end,
      );
      if (hit) {
        used.add(hit);
        counts[e.kind].tp++;
      } else {
        missed.push(e);
        counts[e.kind].fn++;
      }
    }
    const unexpected = found.filter((f) => !used.has(f));
    for (const f of unexpected) counts[f.kind].fp++;
    results.push({ id: c.id, ok: !missed.length && !unexpected.length, missed, unexpected });
  }
  const sum = (kinds: FindingKind[]) =>
    score(
      kinds.reduce((n, k) => n + counts[k].tp, 0),
      kinds.reduce((n, k) => n + counts[k].fp, 0),
      kinds.reduce((n, k) => n + counts[k].fn, 0),
    );
  const lookAlikes = cases.filter((c) => !c.expect.length);
  return {
    positives: cases.length - lookAlikes.length,
    lookAlikes: lookAlikes.length,
    overall: sum(KINDS),
    refusals: sum(KINDS.filter((k) => LEVEL_OF[k] === 'REFUSE')),
    byKind: Object.fromEntries(
      KINDS.map((k) => [k, score(counts[k].tp, counts[k].fp, counts[k].fn)]),
    ) as Record<FindingKind, KindScore>,
    lookAlikesPassed: lookAlikes.filter((c) => results.find((r) => r.id === c.id)?.ok).length,
    cases: results,
  };
}
