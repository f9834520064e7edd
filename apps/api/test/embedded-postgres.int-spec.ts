import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { Client, ClientConfig } from 'pg';

import type { EmbeddedPostgresOptions } from '../src/database/embedded-postgres';

const ROOT = resolve(__dirname, '../../..');

/** startEmbeddedPostgres in a child process (PGlite needs native ES modules; see the fixture). */
async function startInChild(
  options: EmbeddedPostgresOptions,
): Promise<{ url: string; stop(): Promise<void> }> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--require',
      '@swc-node/register',
      'apps/api/test/fixtures/embedded-server.ts',
      JSON.stringify(options),
    ],
    {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, NODE_OPTIONS: '', SWC_NODE_PROJECT: join(ROOT, 'tsconfig.base.json') },
    },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) ok(JSON.parse(out.split('\n')[0]).url);
    });
    child.once('exit', (code) => fail(new Error(`embedded database exited with ${code}`)));
  });
  return {
    url,
    async stop() {
      child.stdin!.end();
      await exited;
    },
  };
}

/** A TCP port that was free a moment ago. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function query(config: ClientConfig): Promise<unknown> {
  const client = new Client({ ...config, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return (await client.query(`SELECT current_user AS who`)).rows[0];
  } finally {
    await client.end();
  }
}

/** pg's parsed view of the embedded URL, to vary one part of it. */
function parts(url: string) {
  const parsed = new URL(url);
  return {
    host: decodeURIComponent(parsed.hostname),
    port: parsed.port ? Number(parsed.port) : undefined,
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: parsed.pathname.slice(1),
  };
}

const mode = (path: string) => statSync(path).mode & 0o777;

describe('the embedded database lets no one else in', () => {
  let dataDir: string;
  let port: number;
  let pg: { url: string; stop(): Promise<void> };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'deelwijs-embedded-'));
    port = await freePort();
    pg = await startInChild({ dataDir, port });
  }, 60_000);
  afterAll(async () => {
    await pg?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the api over its URL', async () => {
    expect(await query({ connectionString: pg.url })).toEqual({ who: 'postgres' });
  });

  it('refuses a wrong password and no password, on the socket and on the TCP port', async () => {
    const { host, user, database } = parts(pg.url);
    for (const target of [{ host: '127.0.0.1', port }, { host }]) {
      for (const password of ['postgres', 'fout-wachtwoord']) {
        await expect(query({ ...target, user, database, password })).rejects.toMatchObject({
          code: '28P01',
        });
      }
      await expect(
        query({ ...target, user: 'iemand', database, password: 'postgres' }),
      ).rejects.toMatchObject({ code: '28P01' });
      // pg itself will not send an empty password; either way there is no way in without one.
      await expect(query({ ...target, user, database, password: '' })).rejects.toThrow();
    }
    // The right password also works over TCP (for a psql look with EMBEDDED_DB_PORT).
    const { password } = parts(pg.url);
    expect(await query({ host: '127.0.0.1', port, user, database, password })).toEqual({
      who: 'postgres',
    });
  });

  it('keeps the data directory, its socket and its files to the owner', () => {
    const { host } = parts(pg.url);
    expect(host).toMatch(/^\//); // a Unix socket directory, not a network address
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(join(dataDir, 'pglite'))).toBe(0o700);
    expect(mode(host)).toBe(0o700);
    expect(mode(join(host, '.s.PGSQL.5432'))).toBe(0o600);
    expect(mode(join(host, '.pglite'))).toBe(0o600); // PGlite's own, behind the gate
  });
});
