/**
 * `npm run bench:matching -- --profiles 100000 [--rounds 3] [--reuse] [--explain "vraag"]`
 *
 * Needs DATABASE_URL (real PostgreSQL); works in its own database `deelwijs_bench` on that
 * server. Generates synthetic profiles (recombined from the eval collection when it is there,
 * else from a built-in set), imports them through ProfileImportService (the real import
 * path, search documents included), then times a fixed set of Dutch questions twice: the
 * ranking SQL alone (same statement and parameters, own connection) and `searchExperts`
 * through HTTP + GraphQL as the web app asks for it. Prints p50/p95/p99 of both.
 * `--reuse` keeps a database that already holds the profiles.
 */
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { PasswordService } from '../../auth/password.service';
import { ProfileImportService } from '../../profiles/profile-import.service';
import { SEARCH_SQL } from '../matching.sql';
import { MatchingService } from '../matching.service';
import { argValue, graphqlClient, percentile, startApp } from './harness';
import { BENCH_QUERIES, syntheticProfiles } from './synthetic-profiles';

const DB_NAME = 'deelwijs_bench';
const PASSWORD = 'bench-wachtwoord-lang-genoeg-2026';
const SEARCHER = 'bench-zoeker@deelwijs.invalid';

const GRAPHQL = `query($q: String!) {
  searchExperts(query: $q, first: 10) {
    total
    nodes { score reasons snippet matchedSubtopics { slug label }
            member { id name role school { name town } } }
    facets { field values { value label count } }
    pageInfo { hasNextPage endCursor }
  }
}`;

function summary(label: string, times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const f = (x: number) => `${x.toFixed(1).padStart(6)} ms`;
  return `${label.padEnd(22)} p50 ${f(percentile(sorted, 0.5))}  p95 ${f(percentile(sorted, 0.95))}  p99 ${f(percentile(sorted, 0.99))}`;
}

async function main() {
  const base = process.env['DATABASE_URL'];
  if (!base) {
    console.error('bench:matching needs DATABASE_URL (real PostgreSQL); it uses a database of its own, deelwijs_bench, on that server.');
    process.exit(2);
  }
  const n = Number(argValue('profiles', '100000'));
  const rounds = Number(argValue('rounds', '3'));
  const url = new URL(base);
  url.pathname = `/${DB_NAME}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME]))
    .rowCount;
  if (!process.argv.includes('--reuse') || !exists) {
    await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${DB_NAME}`);
  }
  await admin.end();

  const running = await startApp(url.toString());
  const app = running.app;
  const dataSource = app.get(DataSource);
  const passwordHash = await app.get(PasswordService).hash(PASSWORD);
  const [{ count }]: { count: number }[] = await dataSource.query(
    `SELECT count(*)::int AS count FROM search_document`,
  );
  if (count < n) {
    const started = Date.now();
    const profiles = syntheticProfiles(n, argValue('collection'));
    const importer = app.get(ProfileImportService);
    const chunk = 10_000;
    for (let i = 0; i < profiles.length; i += chunk) {
      const report = await importer.importRecords(
        profiles.slice(i, i + chunk).map((record, j) => ({ line: i + j + 1, record })),
        { passwordHash },
      );
      if (report.rejected.length) throw new Error(JSON.stringify(report.rejected.slice(0, 3)));
      process.stdout.write(`\rimported ${Math.min(i + chunk, n)} / ${n}`);
    }
    await dataSource.query('VACUUM ANALYZE search_document');
    await dataSource.query('VACUUM ANALYZE search_topic');
    await dataSource.query('VACUUM ANALYZE search_term');
    console.log(`\nimported ${n} profiles in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  const [school]: { id: string }[] = await dataSource.query(`SELECT id FROM school LIMIT 1`);
  const [searcher]: { id: string; school_id: string }[] = await dataSource.query(
    `INSERT INTO member (email, name, job_role, status, password_hash, school_id)
     VALUES ($1, 'Bench Zoeker', 'intern-begeleider', 'ACTIVE', $2, $3)
     ON CONFLICT (email) DO UPDATE SET status = 'ACTIVE' RETURNING id, school_id`,
    [SEARCHER, passwordHash, school.id],
  );
  const matching = app.get(MatchingService);
  const sql = new Client({ connectionString: url.toString() });
  await sql.connect();
  const viewer = { id: searcher.id, schoolId: searcher.school_id };

  const explain = argValue('explain');
  if (explain) {
    const params = matching.sqlParams(await matching.analyse(explain), viewer, null, 0, 10);
    await sql.query(SEARCH_SQL, params);
    const plan = await sql.query(`EXPLAIN (ANALYZE, BUFFERS) ${SEARCH_SQL}`, params);
    console.log(plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
  } else {
    const post = await graphqlClient(running.url, SEARCHER, PASSWORD);
    const sqlTimes: number[] = [];
    const httpTimes: number[] = [];
    for (let round = 0; round <= rounds; round++) {
      for (const q of BENCH_QUERIES) {
        const params = matching.sqlParams(await matching.analyse(q), viewer, null, 0, 10);
        let t = process.hrtime.bigint();
        await sql.query(SEARCH_SQL, params);
        const sqlMs = Number(process.hrtime.bigint() - t) / 1e6;
        t = process.hrtime.bigint();
        await post(GRAPHQL, { q });
        const httpMs = Number(process.hrtime.bigint() - t) / 1e6;
        if (round > 0) {
          sqlTimes.push(sqlMs);
          httpTimes.push(httpMs);
        }
        if (round === rounds && process.argv.includes('--verbose')) {
          console.log(`${sqlMs.toFixed(1).padStart(7)} ms SQL ${httpMs.toFixed(1).padStart(7)} ms HTTP  ${q}`);
        }
      }
    }
    const [{ docs }]: { docs: number }[] = await dataSource.query(
      `SELECT count(*)::int AS docs FROM search_document WHERE active`,
    );
    console.log(
      `${docs} searchable profiles, ${BENCH_QUERIES.length} questions x ${rounds} rounds (after one warm-up round)`,
    );
    console.log(summary('SQL alone', sqlTimes));
    console.log(summary('HTTP + GraphQL', httpTimes));
    const diffs = httpTimes.map((h, i) => h - sqlTimes[i]).sort((a, b) => a - b);
    console.log(
      `GraphQL overhead over the SQL: median ${percentile(diffs, 0.5).toFixed(1)} ms, p95 ${percentile(diffs, 0.95).toFixed(1)} ms`,
    );
  }
  await sql.end();
  await running.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
