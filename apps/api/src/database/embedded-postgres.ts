import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Directory for the data files; `memory://` keeps everything in memory. */
  dataDir: string;
  /** TCP port on 127.0.0.1; 0 lets the OS pick a free one. */
  port?: number;
  maxConnections?: number;
}

/**
 * Starts PostgreSQL compiled to WASM (PGlite) with pg_trgm and unaccent, behind a socket
 * server on loopback, so the api reaches it with the same `pg` driver as real PostgreSQL.
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
  let dataDir = options.dataDir;
  let releaseLock = () => {};
  if (!dataDir.startsWith('memory://')) {
    mkdirSync(resolve(dataDir), { recursive: true });
    releaseLock = lockDataDir(resolve(dataDir));
    dataDir = resolve(dataDir, 'pglite');
  }
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm, unaccent } });
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: options.port ?? 0,
    maxConnections: options.maxConnections ?? 32,
  });
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgres://postgres:postgres@${address}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
      releaseLock();
    },
  };
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
