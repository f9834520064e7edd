// `npm run db:migrate` / `npm run db:revert` against DATABASE_URL.
import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { dataSourceOptions } from './data-source-options';
import { runMigrationsLocked } from './run-migrations';

async function main() {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is required');
  const dataSource = await new DataSource(dataSourceOptions(url, 2)).initialize();
  try {
    if (process.argv[2] === 'down') {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log('Reverted the last migration.');
    } else {
      const ran = await runMigrationsLocked(dataSource);
      console.log(
        ran.length ? `Ran ${ran.map((m) => m.name).join(', ')}` : 'No pending migrations.',
      );
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
