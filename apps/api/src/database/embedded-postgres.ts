import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { createPasswordGate } from './password-gate';

export interface EmbeddedPostgres {
  /** A postgres:// URL for the `pg` driver: the socket directory, user and password. */
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Directory for the data files; `memory://` keeps everything in memory. */
  dataDir: string;
  /** Also listen on this 127.0.0.1 port (password required); 0 or unset: the Unix socket only. */
  port?: number;
  /** The password to require; default: a random one for this start, known only to this process. */
  password?: string;
  maxConnections?: number;
}

const USER = 'postgres';
/** The name `pg` and psql look for in a socket directory (with the default port 5432). */
const SOCKET_NAME = '.s.PGSQL.5432';
/** sun_path holds 108 bytes on Linux, 104 on macOS. */
const MAX_SOCKET_PATH = 100;

/**
 * Starts PostgreSQL compiled to WASM (PGlite) with pg_trgm and unaccent, so the api reaches it
 * with the same `pg` driver as real PostgreSQL. PGlite itself lets anyone in as superuser, so
 * nobody reaches it directly: clients connect to a password gate (SCRAM-SHA-256) on a Unix
 * socket in a directory only this user can enter (DATA_DIR/run, or a private temporary
 * directory), optionally also on a loopback port. DATA_DIR itself is made owner-only.
 * Note: PGlite runs one transaction at a time; other connections wait their turn.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgres> {
  const [{ PGlite }, { pg_trgm }, { unaccent }, { PGLiteSocketServer }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/unaccent'),
    import('@electric-sql/pglite-socket'),
  ]);
  const inMemory = options.dataDir.startsWith('memory://');
  const root = inMemory ? undefined : resolve(options.dataDir);
  if (root) ownerOnlyDir(root);
  const releaseLock = root ? lockDataDir(root) : () => {};
  const sockets = socketDirectory(root);
  const password = options.password ?? randomBytes(24).toString('base64url');
  let db: InstanceType<typeof PGlite> | undefined;
  const gates: Server[] = [];
  try {
    const pgliteDir = root ? join(root, 'pglite') : options.dataDir;
    db = await PGlite.create({ dataDir: pgliteDir, extensions: { pg_trgm, unaccent } });
    if (root) chmodSync(pgliteDir, 0o700);

    // PGlite's own server listens only inside the private directory; the gates are the way in.
    const upstream = join(sockets.dir, '.pglite');
    rmSync(upstream, { force: true });
    const server = new PGLiteSocketServer({
      db,
      path: upstream,
      maxConnections: options.maxConnections ?? 32,
    });
    await server.start();
    chmodSync(upstream, 0o600);
    const stopServer = () => server.stop();

    const socketPath = join(sockets.dir, SOCKET_NAME);
    rmSync(socketPath, { force: true });
    gates.push(await listen(createPasswordGate({ user: USER, password, upstream }), socketPath));
    chmodSync(socketPath, 0o600);
    if (options.port) {
      gates.push(
        await listen(createPasswordGate({ user: USER, password, upstream }), options.port),
      );
    }

    const openDb = db;
    return {
      url: `postgres://${USER}:${encodeURIComponent(password)}@${encodeURIComponent(sockets.dir)}/postgres?sslmode=disable`,
      async stop() {
        await Promise.all(gates.map(close));
        await stopServer();
        await openDb.close();
        sockets.remove();
        releaseLock();
      },
    };
  } catch (error) {
    await Promise.all(gates.map(close));
    await db?.close().catch(() => undefined);
    sockets.remove();
    releaseLock();
    throw error;
  }
}

/** DATA_DIR/run when its socket path fits, else a private temporary directory. */
function socketDirectory(root: string | undefined): { dir: string; remove(): void } {
  if (root && join(root, 'run', SOCKET_NAME).length <= MAX_SOCKET_PATH) {
    const dir = join(root, 'run');
    ownerOnlyDir(dir);
    return { dir, remove: () => rmSync(join(dir, SOCKET_NAME), { force: true }) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'deelwijs-pg-')); // created 0700
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Creates the directory if needed and makes it accessible to its owner only. */
export function ownerOnlyDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

const connections = new WeakMap<Server, Set<Socket>>();

function listen(server: Server, where: string | number): Promise<Server> {
  const open = new Set<Socket>();
  connections.set(server, open);
  server.on('connection', (socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    const done = () => {
      server.off('error', fail);
      ok(server);
    };
    if (typeof where === 'number') server.listen(where, '127.0.0.1', done);
    else server.listen(where, done);
  });
}

/** Stops listening and ends the connections still open (server.close alone waits for them). */
function close(server: Server): Promise<void> {
  return new Promise((done) => {
    server.close(() => done());
    for (const socket of connections.get(server) ?? []) socket.destroy();
  });
}

/**
 * Two processes must never open the same PGlite directory (it would corrupt it): a pid file
 * marks the owner; a stale one (its process gone) is taken over.
 */
function lockDataDir(dir: string): () => void {
  const file = resolve(dir, 'deelwijs.pid');
  const take = () => writeFileSync(file, String(process.pid), { flag: 'wx' });
  try {
    take();
  } catch {
    const owner = Number(readFileSync(file, 'utf8'));
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new Error(
        `DATA_DIR ${dir} is in use by process ${owner}. Stop it first, or set DATABASE_URL to share a real PostgreSQL.`,
      );
    }
    rmSync(file, { force: true });
    take();
  }
  return () => rmSync(file, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
