import type { EmbeddedPostgres } from '../src/database/embedded-postgres';

export default async function globalTeardown() {
  const embedded = (globalThis as { __DEELWIJS_PG__?: EmbeddedPostgres }).__DEELWIJS_PG__;
  await embedded?.stop();
}
