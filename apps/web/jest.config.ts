/** @jest-config-loader-options {"transpileOnly": true, "compilerOptions": {"ignoreDeprecations": "6.0"}} */
import type { Config } from 'jest';

/**
 * Web app tests: jsdom + @swc/jest. Gathered by the root jest.config.ts (projects) and
 * runnable alone with `npx jest -c apps/web/jest.config.ts`.
 */
const config: Config = {
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}'],
  setupFilesAfterEnv: ['<rootDir>/src/test/setup-tests.ts'],
  transform: {
    '^.+\\.[tj]sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'json'],
  moduleNameMapper: {
    '^@deelwijs/privacy$': '<rootDir>/../../libs/privacy/src/index.ts',
    '^@deelwijs/taxonomy$': '<rootDir>/../../libs/taxonomy/src/index.ts',
    '\\.(css|less|scss)$': 'identity-obj-proxy',
    '\\.(svg|png|jpg|jpeg|gif|webp)$': '<rootDir>/src/test/file-stub.ts',
  },
  coverageDirectory: '../../coverage/apps/web',
};

export default config;
