// Writes apps/api/schema.gql from the resolvers, with no database needed (npm run schema).
import 'reflect-metadata';

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { buildSchemaSdl } from './build-schema';

const target = resolve(__dirname, '../../schema.gql');

buildSchemaSdl().then(
  (sdl) => {
    writeFileSync(target, sdl);
    console.log(`Wrote ${target}`);
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
