import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { APP_CONFIG, AppConfig } from '../config/config';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import { reminderMail } from './event-mails';

export const REMINDER_JOB = 'event-reminders';

/**
 * The day-before reminder: a pg-boss job (hourly by default) mails everyone confirmed for an
 * event that starts within the next 24 hours. Each mail has a dedupe key per registration and
 * start time, so a job that runs twice (or on two replicas) never sends a reminder twice.
 */
@Injectable()
export class RemindersService implements OnModuleInit {
  private readonly logger = new Logger('Reminders');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
  ) {}

  onModuleInit() {
    this.jobs.register({
      name: REMINDER_JOB,
      cron: this.config.EVENT_REMINDER_CRON,
      handler: async () => {
        await this.sendDue();
      },
    });
  }

  /** Returns how many new reminders were queued. */
  async sendDue(now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due: {
        registration_id: string;
        email: string;
        name: string;
        locale: string;
        id: string;
        title: string;
        starts_at: Date;
        location: string | null;
        online_url: string | null;
      }[] = await manager.query(
        `SELECT r.id AS registration_id, m.email, m.name, m.locale, e.id, e.title, e.starts_at, e.location, e.online_url
           FROM registration r
           JOIN event e ON e.id = r.event_id
           JOIN member m ON m.id = r.member_id
          WHERE r.status = 'CONFIRMED' AND e.status = 'PUBLISHED' AND m.status = 'ACTIVE'
            AND e.starts_at > $1 AND e.starts_at <= $1::timestamptz + interval '24 hours'
            AND NOT EXISTS (
              SELECT 1 FROM mail_outbox o
               WHERE o.dedupe_key = 'reminder:' || r.id || ':' || floor(extract(epoch FROM e.starts_at))::bigint)`,
        [now],
      );
      await this.mail.enqueue(
        manager,
        due.map((row) => ({
          ...reminderMail(
            row,
            {
              id: row.id,
              title: row.title,
              startsAt: row.starts_at,
              location: row.location,
              onlineUrl: row.online_url,
            },
            `${this.config.PUBLIC_URL}/agenda/${row.id}`,
          ),
          dedupeKey: `reminder:${row.registration_id}:${Math.floor(new Date(row.starts_at).getTime() / 1000)}`,
        })),
      );
      if (due.length) this.logger.log(`Queued ${due.length} event reminders`);
      return due.length;
    });
  }
}
