import { DataSource, Migration, MigrationExecutor } from 'typeorm';

const MIGRATION_LOCK = 'deelwijs:migrations';

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock on the same connection, so
 * replicas starting together migrate one after the other instead of racing.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<Migration[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtext($1))`, [MIGRATION_LOCK]);
    try {
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'each';
      return await executor.executePendingMigrations();
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [MIGRATION_LOCK]);
    }
  } finally {
    await runner.release();
  }
}
