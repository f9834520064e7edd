import { Client } from 'pg';

import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { testDatabaseName } from './test-database';

/**
 * Real PostgreSQL (TEST_DATABASE_URL or DATABASE_URL): one fresh database per Jest worker,
 * migrated by the first test file that uses it. Otherwise one embedded PGlite for the run.
 */
export default async function globalSetup(globalConfig: { maxWorkers: number }) {
  const base = process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'];
  if (base) {
    process.env['DEELWIJS_TEST_BASE_URL'] = base;
    const client = new Client({ connectionString: base });
    await client.connect();
    try {
      for (let worker = 1; worker <= Math.max(1, globalConfig.maxWorkers); worker++) {
        const name = testDatabaseName(base, worker);
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.query(`CREATE DATABASE "${name}"`);
      }
    } finally {
      await client.end();
    }
    return;
  }
  const embedded = await startEmbeddedPostgres({ dataDir: 'memory://', port: 0 });
  (globalThis as { __DEELWIJS_PG__?: unknown }).__DEELWIJS_PG__ = embedded;
  process.env['DEELWIJS_TEST_EMBEDDED_URL'] = embedded.url;
}
