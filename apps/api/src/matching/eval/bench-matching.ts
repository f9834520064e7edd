/**
 * `npm run bench:matching -- --profiles 100000 [--import 20000] [--rounds 3] [--reuse] [--explain "vraag"]`
 *
 * Needs DATABASE_URL (real PostgreSQL); works in its own database `deelwijs_bench` on that
 * server. Generates synthetic profiles (recombined from the eval collection when it is there,
 * else from a built-in set), imports them through ProfileImportService (the real import
 * path, search documents included), then times a fixed set of Dutch questions twice: the
 * ranking SQL alone (same statement and parameters, own connection) and `searchExperts`
 * through HTTP + GraphQL as the web app asks for it. Prints p50/p95/p99 of both.
 * `--reuse` keeps a database that already holds the profiles. `--import K` imports only K
 * profiles through the import path and clones the rest in SQL (members and documents of
 * imported profiles with another profile's bio; statistics rebuilt): the import builds
 * ~100-300 documents per second on this machine, so 300,000 take long.
 */
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { PasswordService } from '../../auth/password.service';
import { ProfileImportService } from '../../profiles/profile-import.service';
import { MatchingService } from '../matching.service';
import { SEARCH_SQL } from '../matching.sql';
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

/**
 * Adds `k` members whose documents copy an imported one's taxonomy and texts with another's
 * bio, at a spread of schools; then rebuilds the term statistics from all documents.
 */
async function cloneDocuments(dataSource: DataSource, k: number) {
  const started = Date.now();
  await dataSource.transaction(async (m) => {
    await m.query(`CREATE TEMP TABLE src ON COMMIT DROP AS
      SELECT row_number() OVER (ORDER BY member_id) - 1 AS i, member_id FROM search_document`);
    await m.query(`CREATE TEMP TABLE sch ON COMMIT DROP AS
      SELECT row_number() OVER (ORDER BY id) - 1 AS i, id, board_id FROM school`);
    await m.query(
      `CREATE TEMP TABLE clone ON COMMIT DROP AS
       WITH n AS (SELECT (SELECT count(*) FROM src) AS docs, (SELECT count(*) FROM sch) AS schools)
       SELECT gen_random_uuid() AS id, g, t.member_id AS tax_id, b.member_id AS bio_id,
              sc.id AS school_id
         FROM generate_series(1::bigint, $1::bigint) AS g
        CROSS JOIN n
         JOIN src t ON t.i = (g * 7919) % n.docs
         JOIN src b ON b.i = (g * 104729 / 3 + g) % n.docs
         JOIN sch sc ON sc.i = (g * 31) % n.schools`,
      [k],
    );
    await m.query(`INSERT INTO member (id, email, name, school_id, job_role, status)
      SELECT c.id, 'kloon-' || c.id || '@example.org', o.name, c.school_id, o.job_role, 'ACTIVE'
        FROM clone c JOIN member o ON o.id = c.tax_id`);
    await m.query(`INSERT INTO search_document (member_id, school_id, board_id, role, active,
        open_for_questions, text_a, text_b, text_c, subtopics, domains, subtopic_levels,
        inferred_subtopics, domain_levels, offers, builder_version)
      SELECT c.id, c.school_id, s.board_id, t.role, true, c.g % 5 <> 0, t.text_a, t.text_b,
             b.text_c, t.subtopics, t.domains, t.subtopic_levels, t.inferred_subtopics,
             t.domain_levels, t.offers, t.builder_version
        FROM clone c JOIN search_document t ON t.member_id = c.tax_id
        JOIN search_document b ON b.member_id = c.bio_id
        LEFT JOIN school s ON s.id = c.school_id`);
    await m.query(`INSERT INTO search_topic (topic, kind, level, rank, member_id, active)
      SELECT st.topic, st.kind, st.level, st.rank, c.id, true
        FROM clone c JOIN search_topic st ON st.member_id = c.tax_id`);
    await m.query(`TRUNCATE search_term`);
    await m.query(`INSERT INTO search_term (lexeme, ndoc)
      SELECT word, ndoc FROM ts_stat('SELECT tsv FROM search_document')
      UNION ALL SELECT '', count(*)::int FROM search_document`);
  });
  console.log(`cloned ${k} documents in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function summary(label: string, times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const f = (x: number) => `${x.toFixed(1).padStart(6)} ms`;
  return `${label.padEnd(22)} p50 ${f(percentile(sorted, 0.5))}  p95 ${f(percentile(sorted, 0.95))}  p99 ${f(percentile(sorted, 0.99))}`;
}

async function main() {
  const base = process.env['DATABASE_URL'];
  if (!base) {
    console.error(
      'bench:matching needs DATABASE_URL (real PostgreSQL); it uses a database of its own, deelwijs_bench, on that server.',
    );
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
    `SELECT count(*)::int AS count FROM expertise_profile`,
  );
  const [{ docs: existing }]: { docs: number }[] = await dataSource.query(
    `SELECT count(*)::int AS docs FROM search_document`,
  );
  const toImport = existing >= n ? 0 : Math.min(n, Number(argValue('import', String(n))));
  if (count < toImport) {
    const started = Date.now();
    const profiles = syntheticProfiles(toImport, argValue('collection')).slice(count);
    const importer = app.get(ProfileImportService);
    const chunk = 5_000;
    for (let i = 0; i < profiles.length; i += chunk) {
      const report = await importer.importRecords(
        profiles.slice(i, i + chunk).map((record, j) => ({ line: count + i + j + 1, record })),
        { passwordHash },
      );
      if (report.rejected.length) throw new Error(JSON.stringify(report.rejected.slice(0, 3)));
      process.stdout.write(
        `\rimported ${count + Math.min(i + chunk, profiles.length)} / ${toImport}`,
      );
    }
    console.log(
      `\nimported ${profiles.length} profiles in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
  }
  const [{ total }]: { total: number }[] = await dataSource.query(
    `SELECT count(*)::int AS total FROM search_document`,
  );
  if (total < n) await cloneDocuments(dataSource, n - total);
  if (total < n || count < toImport) {
    for (const table of ['search_document', 'search_topic', 'search_term', 'member']) {
      await dataSource.query(`VACUUM ANALYZE ${table}`);
    }
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
    const baseTimes: number[] = [];
    for (let round = 0; round <= rounds; round++) {
      for (const q of BENCH_QUERIES) {
        const params = matching.sqlParams(await matching.analyse(q), viewer, null, 0, 10);
        let t = process.hrtime.bigint();
        await sql.query(SEARCH_SQL, params);
        const sqlMs = Number(process.hrtime.bigint() - t) / 1e6;
        t = process.hrtime.bigint();
        await post(GRAPHQL, { q });
        const httpMs = Number(process.hrtime.bigint() - t) / 1e6;
        t = process.hrtime.bigint();
        await post(`{ me { id } }`);
        const baseMs = Number(process.hrtime.bigint() - t) / 1e6;
        if (round > 0) {
          sqlTimes.push(sqlMs);
          httpTimes.push(httpMs);
          baseTimes.push(baseMs);
        }
        if (round === rounds && process.argv.includes('--verbose')) {
          console.log(
            `${sqlMs.toFixed(1).padStart(7)} ms SQL ${httpMs.toFixed(1).padStart(7)} ms HTTP  ${q}`,
          );
        }
      }
    }
    const [{ docs, imported }]: { docs: number; imported: number }[] = await dataSource.query(
      `SELECT count(*) FILTER (WHERE active)::int AS docs,
              (SELECT count(*)::int FROM expertise_profile) AS imported FROM search_document`,
    );
    console.log(
      `${docs} searchable profiles (${imported} imported, the rest cloned), ` +
        `${BENCH_QUERIES.length} questions x ${rounds} rounds (after one warm-up round)`,
    );
    console.log(summary('SQL alone', sqlTimes));
    console.log(summary('HTTP + GraphQL', httpTimes));
    console.log(summary('any request ({ me { id } })', baseTimes));
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
