/**
 * Shared by `npm run eval:matching` and `npm run bench:matching`: boots the real api (same
 * modules and HTTP stack as production) against a given database, and talks GraphQL to it.
 */
import 'reflect-metadata';

import http from 'node:http';

import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';

import { AppModule } from '../../app.module';
import { loadConfig } from '../../config/config';
import { startEmbeddedPostgres } from '../../database/embedded-postgres';
import { configureHttp } from '../../http';

export interface RunningApp {
  app: NestExpressApplication;
  url: string;
  close(): Promise<void>;
}

/** Starts the api on a free local port against `databaseUrl`, without demo data or jobs. */
export async function startApp(databaseUrl: string): Promise<RunningApp> {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl,
    DEMO_DATA: 'false',
    JOBS_ENABLED: 'false',
    LOG_LEVEL: 'warn',
    LOGIN_MAX_PER_IP_PER_MINUTE: '1000',
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  const closeSessions = configureHttp(app, config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    url: `http://127.0.0.1:${address.port}`,
    async close() {
      closeSessions();
      await app.close();
    },
  };
}

/**
 * A database of our own on the DATABASE_URL server (named after DATABASE_URL's database plus
 * `name`, so that runs against different databases never drop each other's scratch copy), or an
 * in-memory PGlite when DATABASE_URL is unset.
 */
export async function scratchDatabase(
  suffix: string,
): Promise<{ url: string; stop(): Promise<void> }> {
  const base = process.env['DATABASE_URL'];
  if (!base) {
    const embedded = await startEmbeddedPostgres({ dataDir: 'memory://', port: 0 });
    return { url: embedded.url, stop: () => embedded.stop() };
  }
  const own = new URL(base).pathname.replace(/^\//, '') || 'deelwijs';
  const name = `${own}_${suffix}`.replace(/[^a-zA-Z0-9_]/g, '_').slice(0, 63);
  const admin = new Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return { url: url.toString(), stop: async () => undefined };
}

/**
 * A signed-in GraphQL client (one cookie jar) on a keep-alive node:http agent: a lean client,
 * so the timings are the server's and not the client library's.
 */
export async function graphqlClient(baseUrl: string, email: string, password: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const url = new URL('/graphql', baseUrl);
  let cookie = '';
  const request = (body: string) =>
    new Promise<{ status: number; text: string; setCookie?: string[] }>((resolve, reject) => {
      const req = http.request(
        url,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'accept-language': 'nl',
            ...(cookie ? { cookie } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              text: Buffer.concat(chunks).toString('utf8'),
              setCookie: res.headers['set-cookie'],
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const post = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const res = await request(JSON.stringify({ query, variables }));
    if (res.setCookie?.length) cookie = res.setCookie[0].split(';')[0];
    const body = JSON.parse(res.text) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`GraphQL: ${body.errors[0].message}`);
    if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
    return body.data as T;
  };
  await post(
    `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { id } }`,
    { email, password },
  );
  return post;
}

export function argValue(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}
