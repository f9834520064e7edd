// The DataSource the TypeORM CLI uses (npm run db:generate). Needs DATABASE_URL.
import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { dataSourceOptions } from './data-source-options';

const url = process.env['DATABASE_URL'];
if (!url) throw new Error('DATABASE_URL is required for the TypeORM CLI');

export default new DataSource(dataSourceOptions(url));
