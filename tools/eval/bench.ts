/**
 * SQL-only latency of the ranking at scale. Builds N synthetic search documents
 * by recombining the eval profiles (text of one, taxonomy of another) in SQL,
 * then runs all eval queries and prints p50/p95/p99.
 *
 *   SWC_NODE_PROJECT=tools/eval/tsconfig.json node -r @swc-node/register tools/eval/bench.ts --profiles 300000 [--rounds 3]
 */
import { analyseQuery, RANKING } from '../../libs/taxonomy/src/index';
import { loadCollections } from './collections';
import { SEARCH_SQL, searchParams } from './ranking.sql';
import { connectLab, loadCollection } from './run';

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
}

async function main() {
  const n = Number(arg('profiles', '100000'));
  const rounds = Number(arg('rounds', '3'));
  const client = await connectLab();
  const collections = loadCollections();
  const seed = {
    ...collections[0],
    name: 'bench_seed',
    profiles: [...collections[0].profiles, ...collections[1].profiles],
  };
  await loadCollection(client, seed);
  const t0 = Date.now();
  await client.query(
    `DROP SCHEMA IF EXISTS bench CASCADE; CREATE SCHEMA bench; SET search_path = bench, public`,
  );
  const { SCHEMA_SQL } = await import('./ranking.sql');
  await client.query(SCHEMA_SQL);
  await client.query(
    'DROP INDEX search_document_tsv_idx, search_document_subtopics_idx, search_document_domains_idx',
  );
  await client.query(
    `WITH s AS (SELECT row_number() OVER (ORDER BY member_id) - 1 AS i, * FROM bench_seed.search_document),
          c AS (SELECT count(*) AS k FROM s)
     INSERT INTO search_document (member_id, school_id, text_a, text_b, text_c, subtopics, domains,
                                  subtopic_levels, inferred_subtopics, domain_levels, offers, open_for_questions)
     SELECT 'm' || gs.g, 'school-' || (gs.g % 400), tax.text_a, tax.text_b, txt.text_c, tax.subtopics, tax.domains,
            tax.subtopic_levels, tax.inferred_subtopics, tax.domain_levels, tax.offers, gs.g % 5 <> 0
     FROM generate_series(1, $1::int) AS gs(g)
     CROSS JOIN c
     JOIN s tax ON tax.i = (gs.g::bigint * 7919) % c.k
     JOIN s txt ON txt.i = ((gs.g::bigint * 104729) / 3 + gs.g) % c.k`,
    [n],
  );
  await client.query('CREATE INDEX search_document_tsv_idx ON search_document USING gin (tsv)');
  await client.query(
    'CREATE INDEX search_document_subtopics_idx ON search_document USING gin (subtopics)',
  );
  await client.query(
    'CREATE INDEX search_document_domains_idx ON search_document USING gin (domains)',
  );
  await client.query('REFRESH MATERIALIZED VIEW search_term_stats');
  await client.query('VACUUM ANALYZE search_document');
  console.log(`built ${n} documents in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const queries = collections.flatMap((c) => c.queries.map((q) => q.query));
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const s = process.hrtime.bigint();
      await client.query(SEARCH_SQL, searchParams(analyseQuery(q), 20, RANKING));
      const ms = Number(process.hrtime.bigint() - s) / 1e6;
      if (r > 0 || rounds === 1) times.push(ms);
    }
  }
  times.sort((a, b) => a - b);
  const p = (x: number) =>
    times[Math.min(times.length - 1, Math.floor(x * times.length))].toFixed(1);
  console.log(
    `${n} profiles, ${times.length} searches (analysis + SQL): p50 ${p(0.5)} ms  p95 ${p(0.95)} ms  p99 ${p(0.99)} ms`,
  );
  await client.query('DROP SCHEMA bench_seed CASCADE');
  await client.end();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
