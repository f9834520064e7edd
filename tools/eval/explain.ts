/**
 * EXPLAIN ANALYZE of SEARCH_SQL for one query in a lab schema (default: bench).
 *   SWC_NODE_PROJECT=tools/eval/tsconfig.json node -r @swc-node/register tools/eval/explain.ts "query" [schema]
 */
import { analyseQuery } from '../../libs/taxonomy/src/index';
import { SEARCH_SQL, searchParams } from './ranking.sql';
import { connectLab } from './run';

(async () => {
  const c = await connectLab();
  await c.query(`SET search_path = ${process.argv[3] ?? 'bench'}, public`);
  const r = await c.query(
    'EXPLAIN (ANALYZE, COSTS off) ' + SEARCH_SQL,
    searchParams(analyseQuery(process.argv[2] ?? 'dyslexie')),
  );
  console.log(r.rows.map((x) => x['QUERY PLAN']).join('\n'));
  await c.end();
})();
