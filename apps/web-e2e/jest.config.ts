/** @jest-config-loader-options {"transpileOnly": true, "compilerOptions": {"ignoreDeprecations": "6.0"}} */
import type { Config } from 'jest';

/**
 * Browser journeys (`npm run test:e2e`): the built app (dist/) against a fresh database with demo
 * data, driven by Debian Chromium through playwright-core, with axe checks on every page.
 */
const config: Config = {
  displayName: 'web-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  },
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testTimeout: 90_000,
  maxWorkers: 1,
};

export default config;
