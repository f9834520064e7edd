/**
 * `npm run eval:routing [-- --collection DIR] [--cap N] [--verbose] [--only short|long] [--no-learned]`
 *
 * How well question routing and topic inference work, on two sets of questions against the
 * collection's 240 profiles (DIR, default ../shared/eval):
 *
 * - short: the dev queries (`queries.dev.jsonl`, one line each);
 * - long:  the case-like questions in `DIR/long/` (title + body, 3–5 sentences).
 *
 * Each question is asked as a real question (ThreadsService.ask + RoutingService.route) on a
 * fresh database. Figures:
 *
 * - routing: a known specialist (grade 3) is among the 5 suggested experts;
 * - topic accuracy: the first inferred subtopic is one of the question's target subtopics
 *   (long: `meta.jsonl`; short, which has no targets: a subtopic that a grade-3 profile of the
 *   question declares), counting a question without topics as a miss;
 * - confident precision: the share of subtopics set on the thread as confident topics that are
 *   targets, and how many questions got a confident wrong topic;
 * - suggestions: a target subtopic among the (up to 3) topic suggestions offered when the
 *   inference is not confident ("onderwerp kiezen"); "first topic or suggestion": the first
 *   confident topic, or else the first suggestion, is a target;
 * - search: nDCG@10 of searchExperts on the pasted question (title + body).
 *
 * The long set is split by a fixed rule into a TUNE half (odd question number) and a MEASURE
 * half (even): method changes are tuned on TUNE only; MEASURE is only reported. Figures per
 * `style` (symptom / label) as well. The weekly cap is off by default (--cap N sets it),
 * because asking 70 questions in a row would otherwise measure the load spreading.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { DataSource } from 'typeorm';

import { argValue, scratchDatabase, startApp } from '../../matching/eval/harness';
import { ndcgAt } from '../../matching/eval/metrics';
import { MatchingService } from '../../matching/matching.service';
import { MemberEntity } from '../../members/member.entity';
import { ProfileImportService } from '../../profiles/profile-import.service';
import { TopicAssociationsService } from '../../taxonomy/topic-associations.service';
import { RoutingService } from '../routing.service';
import { ThreadEntity } from '../thread.entities';
import { ThreadsService } from '../threads.service';

const REPO_ROOT = resolve(__dirname, '../../../../..');

const jsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);

function qrels(path: string): Map<string, Map<string, number>> {
  const grades = new Map<string, Map<string, number>>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [q, p, g] = line.trim().split('\t');
    if (q && p) grades.set(q, (grades.get(q) ?? new Map()).set(p, Number(g)));
  }
  return grades;
}

interface Question {
  id: string;
  title: string;
  body: string;
  /** target subtopics (topic accuracy) */
  targets: Set<string>;
  style: string;
  half: 'tune' | 'measure' | 'all';
}

interface Outcome {
  q: Question;
  routed: boolean;
  suggested: number;
  topOk: boolean;
  confident: string[];
  confidentOk: number;
  suggestionsOk: boolean;
  /** the first topic, or else the first suggestion, is a target */
  firstOk: boolean;
  ndcg: number | null;
}

function summary(label: string, list: Outcome[]): string {
  if (!list.length) return `${label.padEnd(22)} –`;
  const n = list.length;
  const pct = (x: number, of = n) => (of ? `${((x / of) * 100).toFixed(0)}%` : '–');
  const routed = list.filter((o) => o.routed).length;
  const top = list.filter((o) => o.topOk).length;
  const first = list.filter((o) => o.firstOk).length;
  const withConfident = list.filter((o) => o.confident.length);
  const confidentTopics = withConfident.reduce((s, o) => s + o.confident.length, 0);
  const confidentOk = withConfident.reduce((s, o) => s + o.confidentOk, 0);
  const confidentWrong = withConfident.filter((o) => o.confidentOk === 0).length;
  const unsure = list.filter((o) => !o.confident.length);
  const unsureOk = unsure.filter((o) => o.suggestionsOk).length;
  const searched = list.filter((o) => o.ndcg !== null);
  const ndcg = searched.length
    ? (searched.reduce((s, o) => s + (o.ndcg ?? 0), 0) / searched.length).toFixed(3)
    : 'refused';
  return (
    `${label.padEnd(22)} routing ${`${routed}/${n}`.padStart(5)} ${pct(routed).padStart(4)}` +
    ` | top topic ${`${top}/${n}`.padStart(5)} ${pct(top).padStart(4)}` +
    ` | first topic or suggestion ${`${first}/${n}`.padStart(5)}` +
    ` | confident ${withConfident.length}/${n}, precision ${pct(confidentOk, confidentTopics)}, wrong ${confidentWrong}` +
    ` | unsure ${unsure.length}, target suggested ${unsureOk}` +
    ` | search nDCG@10 ${ndcg}${searched.length < n ? ` (${n - searched.length} refused)` : ''}`
  );
}

async function main() {
  const dir = resolve(REPO_ROOT, argValue('collection', '../shared/eval') as string);
  if (!existsSync(join(dir, 'queries.dev.jsonl'))) {
    console.error(
      `No test collection at ${dir} (expected queries.dev.jsonl). Pass --collection DIR.`,
    );
    process.exit(2);
  }
  const only = argValue('only');
  const verbose = process.argv.includes('--verbose');
  process.env['ROUTING_MAX_PER_EXPERT_PER_WEEK'] = argValue('cap', '100') as string;
  process.env['ROUTING_SUGGESTIONS'] = '5';
  const db = await scratchDatabase('eval_routing');
  const running = await startApp(db.url);
  try {
    const app = running.app;
    const records = jsonl<{
      id: string;
      email: string;
      expertise: { subtopics: string[] }[];
    }>(join(dir, 'profiles.jsonl'));
    await app.get(ProfileImportService).importRecords(
      records.map((record, i) => ({ line: i + 1, record })),
      { passwordHash: 'not-used' },
    );
    // the scheduled job learns word–subtopic associations from the imported profiles
    if (!process.argv.includes('--no-learned')) await app.get(TopicAssociationsService).refresh();
    const declared = new Map(records.map((r) => [r.id, r.expertise.flatMap((e) => e.subtopics)]));
    const dataSource = app.get(DataSource);
    const [asker]: MemberEntity[] = await dataSource.query(
      `INSERT INTO member (email, name, job_role, status) VALUES ('eval-vrager@deelwijs.invalid', 'Eval Vrager', 'intern-begeleider', 'ACTIVE')
       RETURNING id, email, name, job_role AS "jobRole", platform_role AS "platformRole", status, school_id AS "schoolId", locale`,
    );
    const profileOf = new Map<string, string>();
    const emails = new Map(records.map((r) => [r.email.toLowerCase(), r.id]));
    for (const m of (await dataSource.query(`SELECT id, email FROM member`)) as {
      id: string;
      email: string;
    }[]) {
      profileOf.set(m.id, emails.get(m.email) ?? m.email);
    }
    const threads = app.get(ThreadsService);
    const routing = app.get(RoutingService);
    const matching = app.get(MatchingService);

    const run = async (questions: Question[], grades: Map<string, Map<string, number>>) => {
      const outcomes: Outcome[] = [];
      for (const q of questions) {
        const judged = grades.get(q.id) ?? new Map<string, number>();
        const asked = await threads.ask(asker, {
          title: q.title.slice(0, 200),
          body: `<p>${q.body}</p>`,
          groupId: null,
        });
        await routing.route(asked.id);
        const thread = await dataSource
          .getRepository(ThreadEntity)
          .findOneByOrFail({ id: asked.id });
        const suggested: { member_id: string }[] = await dataSource.query(
          `SELECT member_id FROM thread_suggestion WHERE thread_id = $1 ORDER BY rank`,
          [thread.id],
        );
        const routed = suggested.some((s) => judged.get(profileOf.get(s.member_id) ?? '') === 3);
        const record = thread as ThreadEntity & {
          topicsConfident?: boolean;
          topicSuggestions?: string[];
        };
        const confidentFlag = record.topicsConfident ?? thread.subtopicSlugs.length > 0;
        const confident = confidentFlag ? thread.subtopicSlugs : [];
        const offered = confidentFlag ? [] : (record.topicSuggestions ?? []);
        const first = confident[0] ?? null;
        let ndcg: number | null = null;
        try {
          const result = await matching.search(
            { id: asker.id, schoolId: null },
            { query: `${q.title} ${q.body}`, first: 10 },
          );
          ndcg = ndcgAt(
            result.nodes.map((n) => profileOf.get(n.memberId) ?? n.memberId),
            judged,
          );
        } catch {
          ndcg = null; // refused (too long)
        }
        const outcome: Outcome = {
          q,
          routed,
          suggested: suggested.length,
          topOk: first !== null && q.targets.has(first),
          confident,
          confidentOk: confident.filter((s) => q.targets.has(s)).length,
          suggestionsOk: offered.some((s) => q.targets.has(s)),
          firstOk: q.targets.has((confident[0] ?? offered[0]) as string),
          ndcg,
        };
        outcomes.push(outcome);
        if (verbose) {
          console.log(
            `${routed ? '✓' : '✗'} ${q.id} [${[...q.targets].join(',')}] ` +
              `topics ${confidentFlag ? 'confident' : 'unsure'}: ${(confidentFlag ? confident : offered).join(',') || '–'}` +
              ` → ${suggested.map((s) => `${profileOf.get(s.member_id)}:${judged.get(profileOf.get(s.member_id) ?? '') ?? 0}`).join(' ')}` +
              ` | ${q.title.slice(0, 70)}`,
          );
        }
      }
      return outcomes;
    };

    if (only !== 'long') {
      const grades = qrels(join(dir, 'qrels.dev.tsv'));
      const questions = jsonl<{ id: string; query: string }>(join(dir, 'queries.dev.jsonl')).map(
        (q): Question => {
          // no target subtopics in the short set: the subtopics its specialists declare
          const targets = new Set(
            [...(grades.get(q.id) ?? new Map<string, number>()).entries()]
              .filter(([, g]) => g === 3)
              .flatMap(([p]) => declared.get(p) ?? []),
          );
          return { id: q.id, title: q.query, body: q.query, targets, style: 'short', half: 'all' };
        },
      );
      const outcomes = await run(questions, grades);
      console.log(summary('short (dev), all', outcomes));
    }
    if (only !== 'short' && existsSync(join(dir, 'long', 'queries.jsonl'))) {
      const grades = qrels(join(dir, 'long', 'qrels.tsv'));
      const meta = new Map(
        jsonl<{ id: string; target_subtopics: string[]; style: string }>(
          join(dir, 'long', 'meta.jsonl'),
        ).map((m) => [m.id, m]),
      );
      const questions = jsonl<{ id: string; title: string; body: string }>(
        join(dir, 'long', 'queries.jsonl'),
      ).map((q): Question => {
        const m = meta.get(q.id);
        const number = Number(q.id.replace(/\D/g, ''));
        return {
          id: q.id,
          title: q.title,
          body: q.body,
          targets: new Set(m?.target_subtopics ?? []),
          style: m?.style ?? '?',
          half: number % 2 === 1 ? 'tune' : 'measure',
        };
      });
      const outcomes = await run(questions, grades);
      const part = (f: (o: Outcome) => boolean) => outcomes.filter(f);
      console.log(summary('long, all', outcomes));
      for (const half of ['tune', 'measure'] as const) {
        console.log(
          summary(
            `long, ${half}`,
            part((o) => o.q.half === half),
          ),
        );
        for (const style of ['symptom', 'label'])
          console.log(
            summary(
              `  ${half}, ${style}`,
              part((o) => o.q.half === half && o.q.style === style),
            ),
          );
      }
      for (const style of ['symptom', 'label'])
        console.log(
          summary(
            `long, ${style}`,
            part((o) => o.q.style === style),
          ),
        );
    }
    console.log(`(weekly cap ${process.env['ROUTING_MAX_PER_EXPERT_PER_WEEK']}, 5 suggestions)`);
  } finally {
    await running.close();
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
