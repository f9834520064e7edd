/**
 * Precision and recall of the pupil-data guard on its own test suite (cases.jsonl):
 * `npm run eval:privacy [-- other-cases.jsonl]`. Exits 1 when a figure is below its threshold,
 * so CI fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { evaluate, KindScore, parseCases } from './metrics';

/** The thresholds CI holds the guard to. */
export const THRESHOLDS = {
  /** every pupil number in the suite refused, and nothing else refused */
  refusalRecall: 1,
  refusalPrecision: 1,
  /** all findings */
  precision: 0.95,
  recall: 0.95,
};

const pct = (n: number) => `${(100 * n).toFixed(1)}%`;
const line = (name: string, s: KindScore) =>
  `${name.padEnd(16)} precision ${pct(s.precision).padStart(6)}  recall ${pct(s.recall).padStart(6)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

function main() {
  const file = process.argv[2] ?? join(__dirname, 'cases.jsonl');
  const cases = parseCases(readFileSync(file, 'utf8'));
  const report = evaluate(cases);
  console.log(
    `Pupil-data guard: ${report.positives} cases with pupil data, ${report.lookAlikes} look-alikes`,
  );
  for (const [kind, s] of Object.entries(report.byKind)) console.log(line(kind, s));
  console.log(line('refusals', report.refusals));
  console.log(line('all findings', report.overall));
  console.log(`look-alikes passed: ${report.lookAlikesPassed}/${report.lookAlikes}`);
  for (const r of report.cases.filter((c) => !c.ok)) {
    const missed = r.missed.map((m) => `missed ${m.kind} "${m.text}"`);
    const extra = r.unexpected.map((f) => `unexpected ${f.kind} "${f.text}"`);
    console.log(`  ${r.id}: ${[...missed, ...extra].join('; ')}`);
  }
  const failures = [
    report.refusals.recall < THRESHOLDS.refusalRecall && 'refusal recall',
    report.refusals.precision < THRESHOLDS.refusalPrecision && 'refusal precision',
    report.overall.precision < THRESHOLDS.precision && 'precision',
    report.overall.recall < THRESHOLDS.recall && 'recall',
  ].filter(Boolean);
  if (failures.length) {
    console.error(
      `Below threshold: ${failures.join(', ')} (thresholds ${JSON.stringify(THRESHOLDS)})`,
    );
    process.exit(1);
  }
}

main();
