import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Generates typed documents for the web app from the api's committed SDL.
 * Run from the workspace root: `npm run codegen`.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.gql',
  documents: [
    'apps/web/src/**/*.{ts,tsx}',
    '!apps/web/src/gql/**/*',
    '!apps/web/src/**/*.spec.{ts,tsx}',
  ],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        skipTypename: false,
      },
    },
  },
};

export default config;
