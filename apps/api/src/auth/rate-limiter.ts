import { createHash } from 'node:crypto';

import type { Request } from 'express';
import type { Pool, QueryConfig } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

import { TooManyRequestsError } from '../common/errors';

/** The client's address (Express' `trust proxy`, from TRUST_PROXY, decides which hop counts). */
export const clientIp = (req: Request) => req.ip ?? req.socket.remoteAddress ?? 'unknown';

export interface LimitOptions {
  /** Distinguishes the limits sharing the table. */
  keyPrefix: string;
  points: number;
  /** Window in seconds, fixed from the first point. */
  duration: number;
}

/**
 * A fixed-window counter in the `login_throttle` table (rate-limiter-flexible's schema), shared
 * by all replicas. `consume` counts and checks in one upsert, so concurrent requests cannot all
 * pass: at most `points` of them get through per window.
 */
export function postgresLimiter(dataSource: DataSource, options: LimitOptions) {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  // Unnamed statements: the embedded database (PGlite) has one session for all connections, so
  // the library's named prepared statements would collide there.
  const storeClient = {
    query: (q: string | QueryConfig) =>
      pool.query(typeof q === 'string' ? q : { text: q.text, values: q.values }),
  };
  return new RateLimiterPostgres({
    ...options,
    storeClient,
    storeType: 'pool',
    tableName: 'login_throttle',
    tableCreated: true,
  });
}

/**
 * A fixed-length key for an e-mail address (with more parts, e.g. an IP): keys fit the table's
 * varchar(255) whatever was typed, and the table holds no addresses in the clear.
 */
export const limiterKey = (...parts: string[]) =>
  createHash('sha256').update(parts.join('\n')).digest('hex');

/** Counts one point; false when the key is over its limit. Store errors are passed on. */
export async function tryConsume(limiter: RateLimiterPostgres, key: string): Promise<boolean> {
  try {
    await limiter.consume(key);
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}

/**
 * Counts one point; refuses with TOO_MANY_REQUESTS (and the seconds to wait) when the key is
 * over its limit. Store errors are passed on unchanged.
 */
export async function consumeOrRefuse(
  limiter: RateLimiterPostgres,
  key: string,
  message: string,
): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      throw new TooManyRequestsError(message, Math.ceil(error.msBeforeNext / 1000));
    }
    throw error;
  }
}
