#!/usr/bin/env node
// CI freshness check: regenerates apps/api/schema.gql and the web's GraphQL types and fails
// when they differ from what is committed.
import { execFileSync, execSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });

run('npm run --silent schema');
run('npm run --silent codegen');
const paths = ['apps/api/schema.gql', 'apps/web/src/gql'];
const status = execFileSync('git', ['status', '--porcelain', '--', ...paths], {
  cwd: root,
}).toString();
if (status.trim()) {
  console.error(`\nGenerated files are stale or uncommitted:\n${status}`);
  console.error('Run `npm run schema && npm run codegen` and commit the result.');
  process.exit(1);
}
console.log('schema.gql and generated GraphQL types are up to date.');
