import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { Client } from 'pg';

const ROOT = resolve(__dirname, '../../../..');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A fresh database `<base>_e2e` on real PostgreSQL, when TEST_DATABASE_URL/DATABASE_URL is set. */
async function freshDatabase(base: string): Promise<string> {
  const url = new URL(base);
  const name = `${url.pathname.replace(/^\//, '') || 'postgres'}_e2e`.replace(/[^\w]/g, '_');
  const client = new Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  url.pathname = `/${name}`;
  return url.toString();
}

async function waitUntilReady(baseUrl: string, server: ChildProcess, timeoutMs = 90_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (server.exitCode !== null) throw new Error(`The api exited with code ${server.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The api did not become ready at ${baseUrl} within ${timeoutMs} ms`);
}

export default async function globalSetup() {
  const main = join(ROOT, 'dist/apps/api/main.js');
  if (!existsSync(main) || !existsSync(join(ROOT, 'dist/apps/web/index.html'))) {
    throw new Error('Build first: npm run build (npm run test:e2e does this for you)');
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const base = process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    NODE_OPTIONS: '',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
    DEMO_DATA: 'true',
    LOG_LEVEL: 'warn',
    LOGIN_MAX_PER_IP_PER_MINUTE: '1000',
  };
  if (base) env['DATABASE_URL'] = await freshDatabase(base);
  else {
    delete env['DATABASE_URL'];
    env['DATA_DIR'] = mkdtempSync(join(tmpdir(), 'deelwijs-e2e-'));
  }
  const server = spawn(process.execPath, [main], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  (globalThis as { __DEELWIJS_SERVER__?: ChildProcess }).__DEELWIJS_SERVER__ = server;
  await waitUntilReady(baseUrl, server);
  process.env['E2E_BASE_URL'] = baseUrl;
}
