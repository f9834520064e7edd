import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { APP_CONFIG, AppConfig } from '../config/config';
import { SecretsModule } from '../config/secrets';
import { dataSourceOptions } from './data-source-options';
import { DatabaseUrlService } from './database.providers';
import { runMigrationsLocked } from './run-migrations';

@Global()
@Module({
  providers: [DatabaseUrlService],
  exports: [DatabaseUrlService],
})
export class DatabaseUrlModule {}

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      imports: [DatabaseUrlModule],
      inject: [APP_CONFIG, DatabaseUrlService],
      useFactory: async (config: AppConfig, urls: DatabaseUrlService) => ({
        // One connection for PGlite: it runs one statement stream at a time, and interleaved
        // extended-protocol messages from several connections would mix up their statements.
        ...dataSourceOptions(await urls.resolve(), config.embedded ? 1 : config.DATABASE_POOL_SIZE),
        migrationsRun: false, // run below, under an advisory lock
      }),
      dataSourceFactory: async (options) => {
        const dataSource = await new DataSource(options!).initialize();
        await runMigrationsLocked(dataSource);
        return dataSource;
      },
    }),
    // The signing secret may live in the database (installation_secret), so it comes with it.
    SecretsModule,
  ],
})
export class DatabaseModule {}
