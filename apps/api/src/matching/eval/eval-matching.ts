/**
 * `npm run eval:matching [-- --collection DIR] [--verbose]`
 *
 * Runs the relevance collections in DIR (default ../shared/eval next to the repository: the
 * dev set in DIR and the hard set in DIR/hard) through the real api: each collection gets a
 * fresh database (DATABASE_URL's server, or an embedded PGlite when unset), its profiles go in
 * through ProfileImportService, every query through MatchingService, and one through
 * HTTP + GraphQL as a check that both give the same ranking. Prints nDCG@10 and recall@10.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { DataSource } from 'typeorm';

import { PasswordService } from '../../auth/password.service';
import { ProfileImportService } from '../../profiles/profile-import.service';
import { TopicAssociationsService } from '../../taxonomy/topic-associations.service';
import { MatchingService } from '../matching.service';
import { argValue, graphqlClient, scratchDatabase, startApp } from './harness';
import { ndcgAt, recallAt } from './metrics';

const REPO_ROOT = resolve(__dirname, '../../../../..');
const PASSWORD = 'eval-wachtwoord-lang-genoeg-2026';
const SEARCHER = 'eval-zoeker@deelwijs.invalid';

interface Collection {
  name: string;
  profiles: string;
  queries: string;
  qrels: string;
}

function jsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

function qrels(path: string): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [query, profile, grade] = line.trim().split(/\t/);
    if (!query || !profile) continue;
    if (!out.has(query)) out.set(query, new Map());
    out.get(query)?.set(profile, Number(grade));
  }
  return out;
}

async function evaluate(c: Collection, verbose: boolean) {
  const db = await scratchDatabase(`eval_${c.name}`);
  const running = await startApp(db.url);
  try {
    const app = running.app;
    const passwordHash = await app.get(PasswordService).hash(PASSWORD);
    const records = jsonl<{ id: string; email: string }>(c.profiles);
    const report = await app.get(ProfileImportService).importRecords(
      records.map((record, i) => ({ line: i + 1, record })),
      { passwordHash },
    );
    if (report.rejected.length) throw new Error(`rejected: ${JSON.stringify(report.rejected)}`);
    // the scheduled job learns word–subtopic associations from the imported profiles
    await app.get(TopicAssociationsService).refresh();
    const dataSource = app.get(DataSource);
    const [searcher]: { id: string }[] = await dataSource.query(
      `INSERT INTO member (email, name, job_role, status, password_hash)
       VALUES ($1, 'Eval Zoeker', 'intern-begeleider', 'ACTIVE', $2) RETURNING id`,
      [SEARCHER, passwordHash],
    );
    const members: { id: string; email: string }[] = await dataSource.query(
      `SELECT id, email FROM member`,
    );
    const profileOf = new Map<string, string>();
    const byEmail = new Map(records.map((r) => [r.email.toLowerCase(), r.id]));
    for (const m of members) profileOf.set(m.id, byEmail.get(m.email) ?? m.email);

    const matching = app.get(MatchingService);
    const judgments = qrels(c.qrels);
    const queries = jsonl<{ id: string; query: string }>(c.queries);
    let ndcg = 0;
    let recall = 0;
    const rankings = new Map<string, string[]>();
    for (const q of queries) {
      const result = await matching.search(
        { id: searcher.id, schoolId: null },
        {
          query: q.query,
          first: 10,
        },
      );
      const ranked = result.nodes.map((n) => profileOf.get(n.memberId) ?? n.memberId);
      rankings.set(q.id, ranked);
      const judged = judgments.get(q.id) ?? new Map<string, number>();
      const n = ndcgAt(ranked, judged);
      const r = recallAt(ranked, judged);
      ndcg += n;
      recall += r;
      if (verbose) {
        const missed = [...judged.entries()].filter(([id, g]) => g >= 2 && !ranked.includes(id));
        console.log(
          `${c.name} ${q.id} nDCG ${n.toFixed(3)} recall ${r.toFixed(2)} | ${q.query}\n` +
            `   top: ${ranked.map((id) => `${id}:${judged.get(id) ?? 0}`).join(' ')}\n` +
            `   missed: ${missed.map(([id, g]) => `${id}:${g}`).join(' ')}`,
        );
      }
    }

    // The same ranking through HTTP + GraphQL, as the web app asks for it.
    const post = await graphqlClient(running.url, SEARCHER, PASSWORD);
    const check = queries[0];
    const data = await post<{ searchExperts: { nodes: { member: { email: string } }[] } }>(
      `query($q: String!) { searchExperts(query: $q, first: 10) { total nodes { member { email } score reasons } } }`,
      { q: check.query },
    );
    const viaHttp = data.searchExperts.nodes.map((n) => byEmail.get(n.member.email) ?? '?');
    const same = JSON.stringify(viaHttp) === JSON.stringify(rankings.get(check.id));
    console.log(
      `${c.name.padEnd(5)} ${records.length} profiles, ${queries.length} queries: ` +
        `nDCG@10 ${(ndcg / queries.length).toFixed(3)}  recall@10 ${(recall / queries.length).toFixed(3)}` +
        `  (GraphQL check on ${check.id}: ${same ? 'same ranking' : 'DIFFERENT ranking'})`,
    );
    if (!same) process.exitCode = 1;
  } finally {
    await running.close();
    await db.stop();
  }
}

async function main() {
  const dir = resolve(REPO_ROOT, argValue('collection') ?? '../shared/eval');
  const collections: Collection[] = [
    {
      name: 'dev',
      profiles: join(dir, 'profiles.jsonl'),
      queries: join(dir, 'queries.dev.jsonl'),
      qrels: join(dir, 'qrels.dev.tsv'),
    },
    {
      name: 'hard',
      profiles: join(dir, 'hard', 'profiles.jsonl'),
      queries: join(dir, 'hard', 'queries.jsonl'),
      qrels: join(dir, 'hard', 'qrels.tsv'),
    },
  ].filter((c) => existsSync(c.profiles));
  if (!collections.length) {
    console.error(
      `No evaluation collection in ${dir} (expected profiles.jsonl, queries.dev.jsonl, qrels.dev.tsv ` +
        `and hard/). Pass --collection DIR; the collection lives in ../shared/eval next to the repository.`,
    );
    process.exit(2);
  }
  console.log(
    `Collection ${dir} on ${process.env['DATABASE_URL'] ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite'}`,
  );
  for (const c of collections) await evaluate(c, process.argv.includes('--verbose'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
