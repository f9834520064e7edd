import { MIGRATIONS } from '@deelwijs/migrations';
import { DataSourceOptions } from 'typeorm';

import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    poolSize,
    extra: { max: poolSize, connectionTimeoutMillis: 10_000 },
  };
}
