import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A registration's created_at is the moment its row is written (clock_timestamp()), not the
 * start of its transaction (now()): a sign-up that waited for the event's lock is stamped
 * after the one it waited for, so "aangemeld op" follows the queue.
 */
export class RegistrationWrittenAt1763935000000 implements MigrationInterface {
  name = 'RegistrationWrittenAt1763935000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE registration ALTER COLUMN created_at SET DEFAULT clock_timestamp()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE registration ALTER COLUMN created_at SET DEFAULT now()`);
  }
}
