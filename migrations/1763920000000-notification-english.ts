import { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications carry an English title and body next to the Dutch ones. */
export class NotificationEnglish1763920000000 implements MigrationInterface {
  name = 'NotificationEnglish1763920000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notification ADD COLUMN title_en text`);
    await queryRunner.query(`ALTER TABLE notification ADD COLUMN body_en text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notification DROP COLUMN IF EXISTS body_en`);
    await queryRunner.query(`ALTER TABLE notification DROP COLUMN IF EXISTS title_en`);
  }
}
