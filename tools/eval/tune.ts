/**
 * Coarse grid over the main ranking weights. Ranks by the dev collection only
 * (the tuning set); hard/ is printed as a check of generality.
 *
 *   SWC_NODE_PROJECT=tools/eval/tsconfig.json node -r @swc-node/register tools/eval/tune.ts [--bio 1.0] [--tag 0.8]
 */
import { type BuildOptions, RANKING, type RankingWeights } from '../../libs/taxonomy/src/index';
import { loadCollections } from './collections';
import { connectLab, evaluate, loadCollection, weighted } from './run';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const client = await connectLab();
  const collections = loadCollections();
  const build: BuildOptions = {};
  if (arg('bio')) build.bioThreshold = Number(arg('bio'));
  if (arg('tag')) build.tagThreshold = Number(arg('tag'));
  for (const c of collections) await loadCollection(client, c, build);
  const grid: Partial<RankingWeights>[] = [];
  for (const text of [0.6, 1.0, 1.5])
    for (const domain of [0.15, 0.3])
      for (const inferredSubtopic of [0.6, 0.8])
        for (const expansion of [0.15, 0.3, 0.5])
          grid.push({ text, domain, inferredSubtopic, expansion });
  const results: {
    w: Partial<RankingWeights>;
    dev: { ndcg: number; recall: number };
    hard: { ndcg: number; recall: number };
  }[] = [];
  for (const w of grid) {
    const m = weighted({ ...RANKING, ...w });
    const dev = await evaluate(client, collections[0], m);
    const hard = await evaluate(client, collections[1], m);
    results.push({ w, dev, hard });
  }
  results.sort((a, b) => b.dev.ndcg + b.dev.recall - (a.dev.ndcg + a.dev.recall));
  for (const r of results.slice(0, 15))
    console.log(
      JSON.stringify(r.w),
      `dev ${r.dev.ndcg.toFixed(3)}/${r.dev.recall.toFixed(3)}`,
      `hard ${r.hard.ndcg.toFixed(3)}/${r.hard.recall.toFixed(3)}`,
    );
  await client.end();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
