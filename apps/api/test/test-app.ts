import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';

import { AppModule } from '../src/app.module';
import { AppConfig, loadConfig } from '../src/config/config';
import { configureHttp } from '../src/http';
import { isEmbeddedTestDatabase, testDatabaseUrl } from './test-database';

/**
 * Tables that migrations fill (reference data) and the installation's generated secret (as in
 * a real installation, every process keeps it); everything else is emptied between files.
 */
const PRESERVED_TABLES = new Set([
  'typeorm_migration',
  'installation_secret',
  'taxonomy_domain',
  'taxonomy_subtopic',
  'taxonomy_meta',
]);

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  dataSource: DataSource;
  /** A client with its own cookie jar (one browser). */
  agent(): TestAgent;
  close(): Promise<void>;
}

/**
 * Boots the real api (same modules and HTTP stack as production) against the test database
 * of this worker, after emptying its tables.
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: testDatabaseUrl(),
    // PGlite serves one connection at a time correctly (see database.module.ts).
    DATABASE_POOL_SIZE: isEmbeddedTestDatabase() ? '1' : '5',
    DEMO_DATA: 'false',
    LOG_LEVEL: 'error',
    LOGIN_MAX_PER_IP_PER_MINUTE: '1000',
    JOBS_ENABLED: 'false',
    ...env,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(config)],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] });
  const closeSessions = configureHttp(app, config);
  await app.init();
  const dataSource = app.get(DataSource);
  await resetDatabase(dataSource);
  return {
    app,
    config,
    dataSource,
    agent: () => request.agent(app.getHttpServer()),
    async close() {
      closeSessions();
      await app.close();
    },
  };
}

export async function resetDatabase(dataSource: DataSource): Promise<void> {
  const tables: { tablename: string }[] = await dataSource.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`,
  );
  const names = tables.map((t) => t.tablename).filter((name) => !PRESERVED_TABLES.has(name));
  if (names.length) {
    await dataSource.query(
      `TRUNCATE ${names.map((n) => `"${n}"`).join(', ')} RESTART IDENTITY CASCADE`,
    );
  }
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: string[] }[];
}

/** Posts a GraphQL operation with the agent's cookies. */
export async function gql<T = Record<string, any>>(
  agent: TestAgent,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T> & { status: number; headers: Record<string, string> }> {
  const res = await agent.post('/graphql').set(headers).send({ query, variables });
  return { ...(res.body as GraphQLResponse<T>), status: res.status, headers: res.headers };
}

export const errorCode = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.['code'];
