import { MIGRATIONS } from '@deelwijs/migrations';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { dataSourceOptions } from '../src/database/data-source-options';
import { runMigrationsLocked } from '../src/database/run-migrations';
import { isEmbeddedTestDatabase, testDatabaseUrl } from './test-database';

const onRealPostgres = isEmbeddedTestDatabase() ? it.skip : it;
if (isEmbeddedTestDatabase()) {
  console.warn(
    'migrations: the fresh-database tests need real PostgreSQL (set TEST_DATABASE_URL); skipped on PGlite.',
  );
}

async function freshDatabase(): Promise<string> {
  const url = new URL(testDatabaseUrl());
  const name = `${url.pathname.slice(1)}_mig`;
  const admin = new Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  url.pathname = `/${name}`;
  return url.toString();
}

describe('migrations', () => {
  onRealPostgres('two replicas starting together migrate once, one after the other', async () => {
    const url = await freshDatabase();
    const a = await new DataSource(dataSourceOptions(url, 2)).initialize();
    const b = await new DataSource(dataSourceOptions(url, 2)).initialize();
    try {
      const [ranA, ranB] = await Promise.all([runMigrationsLocked(a), runMigrationsLocked(b)]);
      expect(ranA.length + ranB.length).toBe(MIGRATIONS.length);
      const rows = await a.query(`SELECT name FROM typeorm_migration ORDER BY id`);
      expect(rows.map((r: { name: string }) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
    } finally {
      await a.destroy();
      await b.destroy();
    }
  });

  onRealPostgres('every migration has a real down: all the way down and up again', async () => {
    const url = await freshDatabase();
    const ds = await new DataSource(dataSourceOptions(url, 2)).initialize();
    try {
      await runMigrationsLocked(ds);
      for (let i = 0; i < MIGRATIONS.length; i++)
        await ds.undoLastMigration({ transaction: 'each' });
      const tables = await ds.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'typeorm_migration'`,
      );
      expect(tables).toEqual([]);
      expect((await runMigrationsLocked(ds)).length).toBe(MIGRATIONS.length);
    } finally {
      await ds.destroy();
    }
  });
});
