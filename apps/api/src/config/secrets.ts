import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { Global, Logger, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { APP_CONFIG, AppConfig } from './config';

/** The file in DATA_DIR that keeps the embedded installation's generated secret. */
export const SECRET_FILE = 'installation-secret';
const MIN_SECRET_LENGTH = 32;

const generate = () => randomBytes(48).toString('base64url');

/**
 * The installation's one signing secret: it signs the session cookie and every token the api
 * hands out (calendar feeds). SESSION_SECRET when set (required in production); otherwise one
 * generated on first start and kept, so cookies and feed addresses survive restarts and every
 * process of the installation agrees: in DATA_DIR for the embedded database, in the database
 * (table installation_secret) otherwise. Nothing is built in, so nothing can be forged from
 * the source code.
 */
export class Secrets {
  constructor(private readonly secret: string) {
    if (secret.length < MIN_SECRET_LENGTH) throw new Error('The signing secret is too short');
  }

  /** For express-session's cookie signature. */
  get sessionSecret(): string {
    return this.secret;
  }

  /** HMAC-SHA256 of a message, base64url; give each kind of token its own message prefix. */
  sign(message: string): string {
    return createHmac('sha256', this.secret).update(message).digest('base64url');
  }
}

export async function resolveSecret(config: AppConfig, dataSource: DataSource): Promise<string> {
  if (config.SESSION_SECRET) return config.SESSION_SECRET;
  if (!config.embedded) return secretFromDatabase(dataSource);
  // An in-memory database is gone after the process, and so may its secret be.
  if (config.DATA_DIR.startsWith('memory://')) return generate();
  return secretFromFile(config.DATA_DIR);
}

/** Reads DATA_DIR's secret file, creating it (owner-only) on first start. */
export function secretFromFile(dataDir: string): string {
  const dir = resolve(dataDir);
  const file = join(dir, SECRET_FILE);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  try {
    writeFileSync(file, `${generate()}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  chmodSync(file, 0o600);
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(
      `${file} holds no usable secret (at least ${MIN_SECRET_LENGTH} characters). Remove it to have a new one generated (this signs everyone out and changes calendar-feed addresses), or set SESSION_SECRET.`,
    );
  }
  return secret;
}

/** The database's secret; replicas starting together insert at most one and all read that. */
export async function secretFromDatabase(dataSource: DataSource): Promise<string> {
  await dataSource.query(
    `INSERT INTO installation_secret (id, secret) VALUES (1, $1) ON CONFLICT (id) DO NOTHING`,
    [generate()],
  );
  const [row]: { secret: string }[] = await dataSource.query(
    `SELECT secret FROM installation_secret WHERE id = 1`,
  );
  return row.secret;
}

/** Makes `Secrets` injectable everywhere, resolved once at start-up (after the migrations). */
@Global()
@Module({
  providers: [
    {
      provide: Secrets,
      inject: [APP_CONFIG, DataSource],
      useFactory: async (config: AppConfig, dataSource: DataSource) => {
        const secret = await resolveSecret(config, dataSource);
        if (!config.SESSION_SECRET) {
          new Logger('Secrets').log(
            `No SESSION_SECRET: using the installation's generated secret (${config.embedded ? `DATA_DIR/${SECRET_FILE}` : 'table installation_secret'})`,
          );
        }
        return new Secrets(secret);
      },
    },
  ],
  exports: [Secrets],
})
export class SecretsModule {}
