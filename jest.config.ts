/** @jest-config-loader-options {"transpileOnly": true, "compilerOptions": {"ignoreDeprecations": "6.0"}} */
import type { Config } from 'jest';

/**
 * `npm test`: unit and integration tests of every project. Integration tests use
 * TEST_DATABASE_URL, else DATABASE_URL, else one embedded PGlite started in globalSetup — which
 * runs one transaction at a time, so the embedded run uses a single worker.
 * The browser journeys have their own config (apps/web-e2e) and run with `npm run test:e2e`.
 */
const embedded = !process.env['TEST_DATABASE_URL'] && !process.env['DATABASE_URL'];

const config: Config = {
  projects: [
    '<rootDir>/apps/api',
    '<rootDir>/apps/web',
    '<rootDir>/libs/taxonomy',
    '<rootDir>/libs/privacy',
  ],
  maxWorkers: embedded ? 1 : 2,
  // A global option: Jest ignores testTimeout inside a project's config. Booting the api
  // against PostgreSQL takes a few seconds on a busy 2-core machine.
  testTimeout: 30_000,
};

export default config;
