import { z } from 'zod';

const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const postgresUrl = z
  .string()
  .url()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must be a postgres:// URL');

/**
 * Every environment variable the api reads. Defaults make `npm start` work with nothing set;
 * a bad value stops start-up with the variable's name (see loadConfig).
 */
const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  /** Default: derived from HOST and PORT (see loadConfig). */
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATA_DIR: z.string().min(1).default('./data'),
  EMBEDDED_DB_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  EMBEDDED_DB_PASSWORD: z.string().min(16).optional(),
  DEMO_DATA: booleanString.optional(),
  DEMO_PASSWORD: z.string().min(12).max(128).default('deelwijs-demo-2026'),
  SESSION_SECRET: z.string().min(32).optional(),
  SESSION_MAX_AGE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 14),
  TRUST_PROXY: z.string().default('loopback'),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default('Deelwijs <no-reply@deelwijs.example>'),
  LOGIN_MAX_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  /** Login attempts per account from one IP (the strict limit; a sign-in clears it). */
  LOGIN_MAX_PER_ACCOUNT_PER_15_MINUTES: z.coerce.number().int().min(1).default(10),
  /** Failed logins per account over all IPs (against guessing spread over many addresses). */
  LOGIN_MAX_PER_ACCOUNT_PER_DAY: z.coerce.number().int().min(1).default(100),
  PASSWORD_RESET_MAX_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).default(5),
  PASSWORD_RESET_MAX_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(30),
  /** At most one reset mail per address in this many minutes; later requests send nothing. */
  PASSWORD_RESET_MAIL_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(1440).default(5),
  INVITATION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .default(24 * 14),
  PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(5).default(60),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(10),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).default(15),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(100).default(10000),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).default(2000),
  ROUTING_NOTIFY_TOP: z.coerce.number().int().min(0).max(20).default(3),
  ROUTING_MAX_PER_EXPERT_PER_WEEK: z.coerce.number().int().min(1).max(100).default(3),
  ROUTING_SUGGESTIONS: z.coerce.number().int().min(1).max(20).default(5),
  DIGEST_CRON: z.string().min(9).default('0 7 * * *'),
  JOBS_ENABLED: booleanString.default(true),
  EVENT_REMINDER_CRON: z.string().min(9).default('0 * * * *'),
  WEB_DIST_DIR: z.string().optional(),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
});

type RawConfig = z.infer<typeof configSchema>;

export interface AppConfig extends Omit<RawConfig, 'DEMO_DATA' | 'PUBLIC_URL'> {
  /** Where members reach Deelwijs (links in mails, calendar feeds); default from HOST and PORT. */
  PUBLIC_URL: string;
  /** Demo data loads on an empty database; by default only in embedded mode. */
  DEMO_DATA: boolean;
  /** True when no DATABASE_URL is set and the api runs its own PGlite. */
  embedded: boolean;
  secureCookies: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings count as unset, so `FOO=` in a .env file does not break start-up.
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const raw = parsed.data;
  const problems: string[] = [];
  if (raw.NODE_ENV === 'production' && !raw.SESSION_SECRET) {
    problems.push('SESSION_SECRET: required in production (at least 32 characters)');
  }
  if (problems.length) throw new ConfigError(problems);

  const embedded = !raw.DATABASE_URL;
  const publicUrl = raw.PUBLIC_URL ?? localUrl(raw.HOST, raw.PORT);
  return {
    ...raw,
    PUBLIC_URL: publicUrl,
    DEMO_DATA: raw.DEMO_DATA ?? embedded,
    embedded,
    secureCookies: publicUrl.startsWith('https://'),
  };
}

/** The address this process serves on HOST:PORT, as a browser on this machine reaches it. */
export function localUrl(host: string, port: number): string {
  const wildcard = host === '0.0.0.0' || host === '::' || host === '[::]';
  const name = wildcard ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
