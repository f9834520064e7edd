import { MigrationInterface, QueryRunner } from 'typeorm';

/** Mail delivery retries with back-off: a pending mail waits until next_attempt_at. */
export class MailRetry1763900000000 implements MigrationInterface {
  name = 'MailRetry1763900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE mail_outbox ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now()`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status = 'PENDING'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS ix_mail_outbox_due`);
    await queryRunner.query(`ALTER TABLE mail_outbox DROP COLUMN IF EXISTS next_attempt_at`);
  }
}
