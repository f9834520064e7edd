import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { APP_CONFIG, AppConfig } from '../config/config';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import { notificationVisibleSql } from '../threads/content-visibility';
import { digestMail } from './notification-mails';

export const DIGEST_JOB = 'notification-digest';

/**
 * The daily digest: one e-mail per member with the notifications they chose to get "in a
 * digest". Rows are claimed with FOR UPDATE SKIP LOCKED and marked digested in the same
 * transaction as the mail, so a job that runs twice (or on two replicas) sends nothing twice; the
 * mail's dedupe key (member, day, first item) guards the same.
 */
@Injectable()
export class DigestService implements OnModuleInit {
  private readonly logger = new Logger('Digest');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
  ) {}

  onModuleInit() {
    this.jobs.register({
      name: DIGEST_JOB,
      cron: this.config.DIGEST_CRON,
      handler: async () => {
        await this.sendDigests();
      },
    });
  }

  /** Returns how many digest mails were queued. */
  async sendDigests(now = new Date()): Promise<number> {
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
    const members: { member_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT member_id FROM notification WHERE delivery = 'DIGEST' AND digested_at IS NULL`,
    );
    let sent = 0;
    for (const { member_id: memberId } of members) {
      sent += await this.dataSource.transaction(async (manager) => {
        // Notifications about content hidden from the member since are marked, not mailed.
        const claimed: {
          id: string;
          title: string;
          title_en: string | null;
          link: string | null;
          visible: boolean;
        }[] = await manager.query(
          `SELECT id, title, title_en, link, ${notificationVisibleSql('notification')} AS visible
             FROM notification
            WHERE member_id = $1 AND delivery = 'DIGEST' AND digested_at IS NULL
            ORDER BY created_at LIMIT 50
            FOR UPDATE SKIP LOCKED`,
          [memberId],
        );
        if (!claimed.length) return 0;
        const items = claimed.filter((item) => item.visible);
        const [person]: { email: string; name: string; locale: string; status: string }[] =
          await manager.query(`SELECT email, name, locale, status FROM member WHERE id = $1`, [
            memberId,
          ]);
        const mailed = person?.status === 'ACTIVE' && items.length > 0;
        if (mailed) {
          await this.mail.enqueue(manager, {
            ...digestMail(
              person,
              items.map((item) => ({
                title: { nl: item.title, en: item.title_en ?? item.title },
                link: item.link,
              })),
              this.config.PUBLIC_URL,
            ),
            dedupeKey: `digest:${memberId}:${day}:${items[0].id}`,
          });
        }
        await manager.query(
          `UPDATE notification SET digested_at = now() WHERE id = ANY($1::uuid[])`,
          [claimed.map((i) => i.id)],
        );
        return mailed ? 1 : 0;
      });
    }
    if (sent) this.logger.log(`Queued ${sent} digest mails`);
    return sent;
  }
}
