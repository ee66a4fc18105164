import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { QueryCounter } from './query-counter';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export function dataSourceOptions(url: string, poolSize = 10, logger = new QueryCounter()): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: ['query', 'error', 'warn', 'migration'],
    maxQueryExecutionTime: 500,
    logger,
    // Connections stay open 5 minutes when idle (pg's default is 10 s): a new one is a cold PostgreSQL backend, whose
    // catalogue caches and prepared statements (see prepared.ts) are rebuilt on its first requests.
    extra: { max: poolSize, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 300_000 },
  };
}
