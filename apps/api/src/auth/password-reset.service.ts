import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';

import { APP_CONFIG, AppConfig } from '../config/config';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import { passwordResetMail } from '../mail/templates';
import { AccountTokenKind } from '../members/account-token.entity';
import { AccountTokenService } from '../members/account-token.service';
import { MemberEntity, MemberStatus } from '../members/member.entity';
import { normaliseEmail } from '../members/members.service';
import { consumeOrRefuse, limiterKey, postgresLimiter, tryConsume } from './rate-limiter';

export const PASSWORD_RESET_MAIL_JOB = 'password-reset-mail';

const MESSAGE = 'Te veel aanvragen voor een nieuw wachtwoord. Wacht even en probeer het opnieuw.';

/**
 * Password-reset requests. The request only counts against the limits (per IP, per address as
 * typed) and queues a job, the same work whether or not the address has an account, so neither
 * the answer nor its timing tells them apart. The job looks the account up and mails a link, at
 * most one per address per PASSWORD_RESET_MAIL_INTERVAL_MINUTES.
 */
@Injectable()
export class PasswordResetService implements OnModuleInit {
  private perIp!: RateLimiterPostgres;
  private perAddress!: RateLimiterPostgres;
  private mailsPerAddress!: RateLimiterPostgres;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly tokens: AccountTokenService,
    private readonly mail: MailService,
  ) {}

  onModuleInit() {
    this.perIp = postgresLimiter(this.dataSource, {
      keyPrefix: 'reset-ip',
      points: this.config.PASSWORD_RESET_MAX_PER_IP_PER_HOUR,
      duration: 3600,
    });
    this.perAddress = postgresLimiter(this.dataSource, {
      keyPrefix: 'reset-address',
      points: this.config.PASSWORD_RESET_MAX_PER_ADDRESS_PER_HOUR,
      duration: 3600,
    });
    this.mailsPerAddress = postgresLimiter(this.dataSource, {
      keyPrefix: 'reset-mail',
      points: 1,
      duration: this.config.PASSWORD_RESET_MAIL_INTERVAL_MINUTES * 60,
    });
    this.jobs.register({
      name: PASSWORD_RESET_MAIL_JOB,
      handler: (data) => this.sendResetMail(String(data['email'])),
    });
  }

  /** Always true within the limits, so the answer does not reveal whether the address has an account. */
  async request(rawEmail: string, ip: string): Promise<boolean> {
    const email = normaliseEmail(rawEmail);
    await consumeOrRefuse(this.perIp, ip, MESSAGE);
    await consumeOrRefuse(this.perAddress, limiterKey(email), MESSAGE);
    await this.jobs.dispatch(PASSWORD_RESET_MAIL_JOB, { email });
    return true;
  }

  /** The job: a one-time link for an active account, unless one went out to it just now. */
  async sendResetMail(email: string): Promise<void> {
    const key = limiterKey(email);
    if (!(await tryConsume(this.mailsPerAddress, key))) return;
    try {
      await this.dataSource.transaction(async (manager) => {
        const member = await manager.findOneBy(MemberEntity, {
          email,
          status: MemberStatus.ACTIVE,
        });
        if (!member) return;
        const token = await this.tokens.issue(
          manager,
          member.id,
          AccountTokenKind.PASSWORD_RESET,
          this.config.PASSWORD_RESET_TTL_MINUTES * 60_000,
        );
        const url = `${this.config.PUBLIC_URL}/wachtwoord-herstellen/${token}`;
        await this.mail.enqueue(
          manager,
          passwordResetMail(member.locale, member.email, member.name, url),
        );
      });
    } catch (error) {
      // Nothing was sent: let a retry (or the next request) mail the link.
      await this.mailsPerAddress.delete(key);
      throw error;
    }
  }
}
