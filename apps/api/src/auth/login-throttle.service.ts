import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';

import { APP_CONFIG, AppConfig } from '../config/config';
import { consumeOrRefuse, limiterKey, postgresLimiter } from './rate-limiter';

const MESSAGE = 'Te veel inlogpogingen. Wacht een paar minuten en probeer het dan opnieuw.';
const ACCOUNT_MESSAGE =
  'Te veel mislukte inlogpogingen voor dit account. Probeer het morgen opnieuw, of vraag een nieuw wachtwoord aan.';

/**
 * Login throttling with counters in PostgreSQL, so all replicas share them:
 * - per IP: every attempt, LOGIN_MAX_PER_IP_PER_MINUTE;
 * - per account from one IP: LOGIN_MAX_PER_ACCOUNT_PER_15_MINUTES, cleared by a successful
 *   sign-in from that IP — so guessing from one address cannot lock the owner out elsewhere;
 * - per account over all IPs: LOGIN_MAX_PER_ACCOUNT_PER_DAY failed attempts, against guessing
 *   spread over many addresses; a new password from a reset link lifts it.
 * The account is the e-mail as typed, whether or not it exists, so the answer never reveals
 * which addresses have an account.
 */
@Injectable()
export class LoginThrottleService implements OnModuleInit {
  private perIp!: RateLimiterPostgres;
  private perAccountAndIp!: RateLimiterPostgres;
  private perAccount!: RateLimiterPostgres;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit() {
    this.perIp = postgresLimiter(this.dataSource, {
      keyPrefix: 'ip',
      points: this.config.LOGIN_MAX_PER_IP_PER_MINUTE,
      duration: 60,
    });
    this.perAccountAndIp = postgresLimiter(this.dataSource, {
      keyPrefix: 'account-ip',
      points: this.config.LOGIN_MAX_PER_ACCOUNT_PER_15_MINUTES,
      duration: 15 * 60,
    });
    this.perAccount = postgresLimiter(this.dataSource, {
      keyPrefix: 'account-day',
      points: this.config.LOGIN_MAX_PER_ACCOUNT_PER_DAY,
      duration: 24 * 3600,
    });
  }

  /**
   * Counts the attempt against every limit before the password is checked, and refuses when one
   * is exceeded. Each count is one atomic upsert, so of many parallel attempts at most the
   * configured number reach the password check.
   */
  async beforeAttempt(ip: string, email: string): Promise<void> {
    await consumeOrRefuse(this.perIp, ip, MESSAGE);
    await consumeOrRefuse(this.perAccountAndIp, limiterKey(email, ip), MESSAGE);
    await consumeOrRefuse(this.perAccount, limiterKey(email), ACCOUNT_MESSAGE);
  }

  /** A sign-in clears its account+IP counter and gives back its point of the daily limit. */
  async succeeded(ip: string, email: string): Promise<void> {
    await this.perAccountAndIp.delete(limiterKey(email, ip));
    await this.perAccount.reward(limiterKey(email), 1);
  }

  /** A new password (from a reset or invitation link) makes earlier guesses moot. */
  async passwordSet(email: string): Promise<void> {
    await this.perAccount.delete(limiterKey(email));
  }
}
