#!/usr/bin/env node
// Runs a TypeScript entry point (api, CLI, scripts) with SWC, honouring tsconfig paths and
// decorator metadata: `node tools/scripts/run-ts.mjs apps/api/src/cli/main.ts -- args`.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: run-ts.mjs <file.ts> [args…]');
  process.exit(2);
}
const result = spawnSync(
  process.execPath,
  ['--require', '@swc-node/register', resolve(process.cwd(), entry), ...args],
  {
    stdio: 'inherit',
    cwd: process.cwd(),
    env: {
      ...process.env,
      SWC_NODE_PROJECT: process.env.SWC_NODE_PROJECT ?? resolve(root, 'tsconfig.base.json'),
    },
  },
);
process.exit(result.status ?? 1);
