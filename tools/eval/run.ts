/**
 * Matching lab: loads the eval collections into a scratch PostgreSQL database
 * and prints nDCG@10 / recall@10 per ranking method and collection.
 *
 *   SWC_NODE_PROJECT=tools/eval/tsconfig.json node -r @swc-node/register tools/eval/run.ts \
 *     [--method combined,naive] [--collection dev|hard] [--verbose] [--set subtopic=1.2,domain=0.2]
 *
 * Database: DATABASE_URL or postgres://postgres@127.0.0.1:5432/deelwijs_matching_lab
 * (created when missing). Each collection lives in its own schema (dev, hard).
 */
import { Client } from 'pg';

import {
  analyseQuery,
  type BuildOptions,
  buildSearchDocument,
  RANKING,
  type RankingWeights,
} from '../../libs/taxonomy/src/index';
import { type Collection, loadCollections, ndcgAt, recallAt } from './collections';
import {
  INSERT_SQL,
  NAIVE_OR_SQL,
  NAIVE_TS_RANK_SQL,
  SCHEMA_SQL,
  SEARCH_SQL,
  searchParams,
} from './ranking.sql';

const DB_NAME = 'deelwijs_matching_lab';
const BASE_URL = 'postgres://postgres@127.0.0.1:5432';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

export async function connectLab(): Promise<Client> {
  const url = process.env.DATABASE_URL ?? `${BASE_URL}/${DB_NAME}`;
  if (!process.env.DATABASE_URL) {
    const admin = new Client({ connectionString: `${BASE_URL}/postgres` });
    await admin.connect();
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DB_NAME}`);
    await admin.end();
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query('SET client_min_messages = warning');
  return client;
}

/** (Re)create the collection's schema and load its profiles as search documents. */
/** Schema of a collection; LAB_SCHEMA_SUFFIX lets two lab runs work side by side. */
export const schemaOf = (c: Collection) => `${c.name}${process.env.LAB_SCHEMA_SUFFIX ?? ''}`;

export async function loadCollection(
  client: Client,
  c: Collection,
  build: BuildOptions = {},
): Promise<void> {
  await client.query(`DROP SCHEMA IF EXISTS ${schemaOf(c)} CASCADE; CREATE SCHEMA ${schemaOf(c)}`);
  await client.query(`SET search_path = ${schemaOf(c)}, public`);
  await client.query(SCHEMA_SQL);
  for (const p of c.profiles) {
    const doc = buildSearchDocument({ bio: p.bio, tags: p.tags, expertise: p.expertise }, build);
    await client.query(INSERT_SQL, [
      p.id,
      p.school,
      null,
      p.role,
      doc.textA,
      doc.textB,
      doc.textC,
      doc.subtopics,
      doc.domains,
      JSON.stringify(doc.subtopicLevels),
      JSON.stringify(doc.inferredSubtopics),
      JSON.stringify(doc.domainLevels),
      doc.offers,
      true,
    ]);
  }
  await client.query('REFRESH MATERIALIZED VIEW search_term_stats');
  await client.query('ANALYZE search_document');
}

type Method = (client: Client, query: string) => Promise<string[]>;

function weighted(overrides: Partial<RankingWeights>): Method {
  const weights = { ...RANKING, ...overrides };
  return async (client, query) => {
    const a = analyseQuery(query);
    const res = await client.query(SEARCH_SQL, searchParams(a, 10, weights));
    return res.rows.map((r) => r.member_id as string);
  };
}

function parseOverrides(spec: string | undefined): Partial<RankingWeights> {
  const out: Record<string, number> = {};
  for (const kv of (spec ?? '').split(',').filter(Boolean)) {
    const [k, v] = kv.split('=');
    out[k] = Number(v);
  }
  return out as Partial<RankingWeights>;
}

const overrides = parseOverrides(arg('set'));

export const METHODS: Record<string, Method> = {
  'naive-ts_rank': async (client, q) =>
    (await client.query(NAIVE_TS_RANK_SQL, [q, 10])).rows.map((r) => r.member_id as string),
  'naive-or': async (client, q) =>
    (await client.query(NAIVE_OR_SQL, [q, 10])).rows.map((r) => r.member_id as string),
  'text-bm25': weighted({
    subtopic: 0,
    inferredSubtopic: 0,
    domain: 0,
    expansion: 0,
    available: 0,
    ...overrides,
  }),
  'text+expansion': weighted({
    subtopic: 0,
    inferredSubtopic: 0,
    domain: 0,
    available: 0,
    ...overrides,
  }),
  taxonomy: weighted({ text: 0, expansion: 0, ...overrides }),
  'combined-noinfer': weighted({ inferredSubtopic: 0, ...overrides }),
  combined: weighted({ ...overrides }),
};

/** Mean nDCG@10 and recall@10 of a method on a loaded collection. */
export async function evaluate(
  client: Client,
  c: Collection,
  method: Method,
): Promise<{ ndcg: number; recall: number }> {
  await client.query(`SET search_path = ${schemaOf(c)}, public`);
  let nd = 0;
  let rc = 0;
  for (const q of c.queries) {
    const ranked = await method(client, q.query);
    const judged = c.qrels.get(q.id) ?? new Map<string, number>();
    nd += ndcgAt(ranked, judged);
    rc += recallAt(ranked, judged);
  }
  return { ndcg: nd / c.queries.length, recall: rc / c.queries.length };
}

export { weighted };

async function main() {
  const client = await connectLab();
  const collections = loadCollections().filter(
    (c) => !arg('collection') || c.name === arg('collection'),
  );
  const methods = (arg('method') ?? Object.keys(METHODS).join(',')).split(',');
  const verbose = flag('verbose');
  const build: BuildOptions = {};
  if (arg('bio')) build.bioThreshold = Number(arg('bio'));
  if (arg('tag')) build.tagThreshold = Number(arg('tag'));
  for (const c of collections) await loadCollection(client, c, build);

  const table: string[] = [];
  for (const m of methods) {
    const row: string[] = [m.padEnd(18)];
    for (const c of collections) {
      await client.query(`SET search_path = ${schemaOf(c)}, public`);
      let nd = 0;
      let rc = 0;
      for (const q of c.queries) {
        const ranked = await METHODS[m](client, q.query);
        const judged = c.qrels.get(q.id) ?? new Map<string, number>();
        const n = ndcgAt(ranked, judged);
        const r = recallAt(ranked, judged);
        nd += n;
        rc += r;
        if (verbose) {
          const marks = ranked.map((id) => `${id}:${judged.get(id) ?? 0}`).join(' ');
          const missed = [...judged.entries()]
            .filter(([id, g]) => g >= 2 && !ranked.includes(id))
            .map(([id, g]) => `${id}:${g}`)
            .join(' ');
          console.log(
            `${c.name} ${m} ${q.id} ndcg=${n.toFixed(3)} rec=${r.toFixed(2)} | ${q.query}\n    top: ${marks}\n    missed: ${missed}`,
          );
        }
      }
      row.push(
        `${c.name}: nDCG@10 ${(nd / c.queries.length).toFixed(3)}  recall@10 ${(rc / c.queries.length).toFixed(3)}`,
      );
    }
    table.push(row.join('  |  '));
  }
  console.log(table.join('\n'));
  await client.end();
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
