import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Pool, QueryConfig } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

import { TooManyRequestsError } from '../common/errors';
import { APP_CONFIG, AppConfig } from '../config/config';

const MESSAGE = 'Te veel inlogpogingen. Wacht een paar minuten en probeer het dan opnieuw.';

/**
 * Login throttling per IP (every attempt) and per account (failed attempts), with counters in
 * PostgreSQL so all replicas share them. The account key is the e-mail as typed, whether or not
 * it exists, so the answer never reveals which addresses have an account.
 */
@Injectable()
export class LoginThrottleService implements OnModuleInit {
  private perIp!: RateLimiterPostgres;
  private perAccount!: RateLimiterPostgres;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit() {
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    // Unnamed statements: PGlite shares one session between connections, so the library's
    // named prepared statements would collide there.
    const storeClient = {
      query: (q: string | QueryConfig) =>
        pool.query(typeof q === 'string' ? q : { text: q.text, values: q.values }),
    };
    const common = {
      storeClient,
      storeType: 'pool',
      tableName: 'login_throttle',
      tableCreated: true,
    };
    this.perIp = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'ip',
      points: this.config.LOGIN_MAX_PER_IP_PER_MINUTE,
      duration: 60,
    });
    this.perAccount = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'account',
      points: this.config.LOGIN_MAX_PER_ACCOUNT_PER_15_MINUTES,
      duration: 15 * 60,
    });
  }

  /** Counts an attempt from this IP and refuses when the IP or the account is over its limit. */
  async beforeAttempt(ip: string, email: string): Promise<void> {
    try {
      await this.perIp.consume(ip);
    } catch (error) {
      throw this.tooMany(error);
    }
    const account = await this.perAccount.get(email);
    if (account && account.consumedPoints >= this.config.LOGIN_MAX_PER_ACCOUNT_PER_15_MINUTES) {
      throw this.tooMany(account);
    }
  }

  async failed(email: string): Promise<void> {
    await this.perAccount.penalty(email, 1);
  }

  async succeeded(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }

  private tooMany(error: unknown): Error {
    if (error instanceof RateLimiterRes) {
      return new TooManyRequestsError(MESSAGE, Math.ceil(error.msBeforeNext / 1000));
    }
    return error instanceof Error ? error : new Error(String(error));
  }
}
