/**
 * `npm run eval:routing [-- --collection DIR] [--cap N]`
 *
 * How often question routing puts a known specialist (grade 3 in the judgments) among the 5
 * suggested experts, for the dev queries in DIR (default ../shared/eval). Each query is asked as
 * a real question (ThreadsService.ask + RoutingService.route) on a fresh database with the
 * collection's profiles. The weekly cap is off by default (--cap N sets it), because asking 30
 * questions in a row would otherwise measure the load spreading, not the matching.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { DataSource } from 'typeorm';

import { argValue, scratchDatabase, startApp } from '../../matching/eval/harness';
import { MemberEntity } from '../../members/member.entity';
import { ProfileImportService } from '../../profiles/profile-import.service';
import { RoutingService } from '../routing.service';
import { ThreadsService } from '../threads.service';

const REPO_ROOT = resolve(__dirname, '../../../../..');

const jsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);

async function main() {
  const dir = resolve(REPO_ROOT, argValue('collection', '../shared/eval') as string);
  if (!existsSync(join(dir, 'queries.dev.jsonl'))) {
    console.error(
      `No test collection at ${dir} (expected queries.dev.jsonl). Pass --collection DIR.`,
    );
    process.exit(2);
  }
  process.env['ROUTING_MAX_PER_EXPERT_PER_WEEK'] = argValue('cap', '100') as string;
  process.env['ROUTING_SUGGESTIONS'] = '5';
  const db = await scratchDatabase('deelwijs_eval_routing');
  const running = await startApp(db.url);
  try {
    const app = running.app;
    const records = jsonl<{ id: string; email: string }>(join(dir, 'profiles.jsonl'));
    await app.get(ProfileImportService).importRecords(
      records.map((record, i) => ({ line: i + 1, record })),
      { passwordHash: 'not-used' },
    );
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
    const grades = new Map<string, Map<string, number>>();
    for (const line of readFileSync(join(dir, 'qrels.dev.tsv'), 'utf8').split('\n')) {
      const [q, p, g] = line.trim().split('\t');
      if (q && p) grades.set(q, (grades.get(q) ?? new Map()).set(p, Number(g)));
    }
    const threads = app.get(ThreadsService);
    const routing = app.get(RoutingService);
    let hits = 0;
    const queries = jsonl<{ id: string; query: string }>(join(dir, 'queries.dev.jsonl'));
    for (const q of queries) {
      const thread = await threads.ask(asker, {
        title: q.query.slice(0, 200),
        body: `<p>${q.query}</p>`,
        groupId: null,
      });
      await routing.route(thread.id);
      const suggested: { member_id: string }[] = await dataSource.query(
        `SELECT member_id FROM thread_suggestion WHERE thread_id = $1 ORDER BY rank`,
        [thread.id],
      );
      const hit = suggested.some(
        (s) => grades.get(q.id)?.get(profileOf.get(s.member_id) ?? '') === 3,
      );
      if (hit) hits++;
      if (process.argv.includes('--verbose')) {
        console.log(
          `${hit ? '✓' : '✗'} ${q.id} ${q.query} → ${suggested.map((s) => profileOf.get(s.member_id)).join(' ')}`,
        );
      }
    }
    const pct = ((hits / queries.length) * 100).toFixed(1);
    console.log(
      `Routing: a known specialist (grade 3) is among the 5 suggestions for ${hits}/${queries.length} dev questions (${pct}%), weekly cap ${process.env['ROUTING_MAX_PER_EXPERT_PER_WEEK']}.`,
    );
  } finally {
    await running.close();
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
