import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { GraphQLSchemaHost } from '@nestjs/graphql';

import { buildSchemaSdl, printSortedSchema } from '../src/schema/build-schema';
import { aMember, TEST_PASSWORD } from './factories';
import { createTestApp, errorCode, gql, TestApp } from './test-app';

const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { id } }`;

describe('HTTP and GraphQL security baseline', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      PUBLIC_URL: 'https://deelwijs.example',
      LOGIN_MAX_PER_IP_PER_MINUTE: '5',
    });
  });
  afterAll(() => t.close());

  it('answers /health and /ready', async () => {
    const health = await t.agent().get('/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok' });
    const ready = await t.agent().get('/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready' });
  });

  it('sends helmet headers with a CSP that fits the SPA', async () => {
    const res = await t.agent().get('/health');
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeDefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('sets Secure on the session cookie when PUBLIC_URL is https (behind a TLS proxy)', async () => {
    await aMember(t.dataSource, { email: 'eva@school.example' });
    const res = await gql(
      t.agent(),
      LOGIN,
      { email: 'eva@school.example', password: TEST_PASSWORD },
      { 'x-forwarded-proto': 'https' },
    );
    expect(res.errors).toBeUndefined();
    expect(String(res.headers['set-cookie'])).toMatch(/; Secure/);
  });

  it('throttles logins per IP with TOO_MANY_REQUESTS', async () => {
    const agent = t.agent();
    const codes: unknown[] = [];
    for (let i = 0; i < 7; i++) {
      codes.push(
        errorCode(
          await gql(agent, LOGIN, {
            email: `ip${i}@school.example`,
            password: 'fout-wachtwoord-123',
          }),
        ),
      );
    }
    expect(codes.slice(0, 4)).toEqual(Array(4).fill('UNAUTHENTICATED'));
    expect(codes.slice(-1)).toEqual(['TOO_MANY_REQUESTS']);
  });

  it('refuses over-deep and over-aliased queries, and never sends a stack trace', async () => {
    const deep = `{ me { school { board { id } } } ${'a: __typename '.repeat(1)} }`;
    expect((await gql(t.agent(), deep)).errors).toBeUndefined();
    let nested = 'id';
    for (let i = 0; i < 12; i++) nested = `actor { ${nested} }`;
    const tooDeep = await gql(t.agent(), `{ auditLog { nodes { ${nested} } } }`);
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.errors?.[0]?.message).toMatch(/depth/i);
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: me { id }`).join(' ');
    const tooMany = await gql(t.agent(), `{ ${aliases} }`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.errors?.[0]?.message).toMatch(/alias/i);
    for (const error of [...(tooDeep.errors ?? []), ...(tooMany.errors ?? [])]) {
      expect(error.extensions?.['stacktrace']).toBeUndefined();
    }
  });

  it('applies Apollo CSRF prevention to simple requests', async () => {
    const res = await t.agent().get('/graphql?query=%7Bme%7Bid%7D%7D');
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF/i);
  });

  it('has a committed schema.gql equal to the running api’s schema', async () => {
    const committed = readFileSync(resolve(__dirname, '../schema.gql'), 'utf8');
    const running = printSortedSchema(t.app.get(GraphQLSchemaHost).schema);
    expect(running).toBe(committed);
    expect(await buildSchemaSdl()).toBe(committed);
  });
});
