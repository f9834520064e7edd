/** The database of one Jest worker on real PostgreSQL: `<base database>_w<worker>`. */
export function testDatabaseName(baseUrl: string, worker: number): string {
  const base = new URL(baseUrl).pathname.replace(/^\//, '') || 'postgres';
  return `${base}_w${worker}`.replace(/[^a-zA-Z0-9_]/g, '_');
}

/** The connection URL this test process should use. */
export function testDatabaseUrl(): string {
  const embedded = process.env['DEELWIJS_TEST_EMBEDDED_URL'];
  if (embedded) return embedded;
  const base = process.env['DEELWIJS_TEST_BASE_URL'];
  if (!base) throw new Error('No test database: run the tests through jest (globalSetup)');
  const url = new URL(base);
  url.pathname = `/${testDatabaseName(base, Number(process.env['JEST_WORKER_ID'] ?? '1'))}`;
  return url.toString();
}

export const isEmbeddedTestDatabase = () => Boolean(process.env['DEELWIJS_TEST_EMBEDDED_URL']);
