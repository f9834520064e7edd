import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource, EntityManager } from 'typeorm';

import { APP_CONFIG, AppConfig } from '../config/config';
import { MailOutboxEntity, MailStatus } from './mail-outbox.entity';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Same key twice → one mail (e.g. `reminder:<registrationId>`). */
  dedupeKey?: string;
}

const MAX_ATTEMPTS = 10;
const POLL_MS = 5_000;

/**
 * Every mail is first written to the outbox table in the caller's transaction, so nothing is
 * lost or silently dropped. With SMTP_URL a poller delivers PENDING rows (safe with several
 * replicas: FOR UPDATE SKIP LOCKED); without it the outbox (STORED) is the mailbox.
 */
@Injectable()
export class MailService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private transport?: Transporter;
  private timer?: NodeJS.Timeout;
  private delivering?: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit() {
    if (!this.config.SMTP_URL) return;
    this.transport = createTransport(this.config.SMTP_URL);
    this.timer = setInterval(() => void this.deliverPending(), POLL_MS);
    this.timer.unref();
  }

  async onModuleDestroy() {
    if (this.timer) clearInterval(this.timer);
    await this.delivering;
    this.transport?.close();
  }

  async enqueue(manager: EntityManager, mails: OutgoingMail | OutgoingMail[]): Promise<void> {
    const list = Array.isArray(mails) ? mails : [mails];
    if (!list.length) return;
    const status = this.transport ? MailStatus.PENDING : MailStatus.STORED;
    await manager
      .createQueryBuilder()
      .insert()
      .into(MailOutboxEntity)
      .values(
        list.map((mail) => ({
          toAddress: mail.to,
          subject: mail.subject,
          textBody: mail.text,
          htmlBody: mail.html ?? null,
          dedupeKey: mail.dedupeKey ?? null,
          status,
        })),
      )
      .orIgnore()
      .execute();
  }

  /** Sends what is pending now (also called by the poller). */
  deliverPending(): Promise<void> {
    if (!this.transport) return Promise.resolve();
    this.delivering ??= this.deliverBatch().finally(() => (this.delivering = undefined));
    return this.delivering;
  }

  /**
   * Claims due mails in a short transaction (pushing their next attempt out by a lease, so another
   * replica skips them), sends them outside any transaction, then records the outcome. A failed
   * mail is retried with exponential back-off (1 min … 12 h) and marked FAILED after
   * MAX_ATTEMPTS; it stays in the outbox either way.
   */
  private async deliverBatch(): Promise<void> {
    const transport = this.transport;
    if (!transport) return;
    const claimed: MailOutboxEntity[] = await this.dataSource.transaction(async (manager) => {
      const rows = await manager
        .createQueryBuilder(MailOutboxEntity, 'm')
        .where('m.status = :status AND m.nextAttemptAt <= now()', { status: MailStatus.PENDING })
        .orderBy('m.nextAttemptAt', 'ASC')
        .limit(20)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (rows.length) {
        await manager.query(
          `UPDATE mail_outbox SET next_attempt_at = now() + interval '10 minutes' WHERE id = ANY($1::uuid[])`,
          [rows.map((r) => r.id)],
        );
      }
      return rows;
    });
    for (const row of claimed) {
      try {
        await transport.sendMail({
          from: this.config.MAIL_FROM,
          to: row.toAddress,
          subject: row.subject,
          text: row.textBody,
          html: row.htmlBody ?? undefined,
        });
        await this.dataSource.getRepository(MailOutboxEntity).update(row.id, {
          status: MailStatus.SENT,
          sentAt: new Date(),
          attempts: row.attempts + 1,
        });
      } catch (error) {
        const attempts = row.attempts + 1;
        this.logger.warn(`Mail ${row.id} failed (attempt ${attempts}): ${String(error)}`);
        await this.dataSource.getRepository(MailOutboxEntity).update(row.id, {
          attempts,
          lastError: String(error).slice(0, 500),
          status: attempts >= MAX_ATTEMPTS ? MailStatus.FAILED : MailStatus.PENDING,
          nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts)),
        });
      }
    }
  }
}

/** 1 min, 2, 4, 8 … capped at 12 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** (attempts - 1), 12 * 3600_000);
}
