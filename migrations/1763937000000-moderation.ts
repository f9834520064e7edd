import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The moderation queue: a resolved report says how it was resolved (the post hidden, or the
 * reports dismissed), and reports are looked up per post.
 */
export class Moderation1763937000000 implements MigrationInterface {
  name = 'Moderation1763937000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE content_report ADD COLUMN resolution text CHECK (resolution IN ('HIDDEN', 'DISMISSED'))`,
    );
    // Before this, only hiding a post resolved its reports.
    await queryRunner.query(
      `UPDATE content_report SET resolution = 'HIDDEN' WHERE resolved_at IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE content_report ADD CONSTRAINT ck_content_report_resolution
         CHECK ((resolved_at IS NULL) = (resolution IS NULL))`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_content_report_target ON content_report (target_id, created_at)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS ix_content_report_target`);
    await queryRunner.query(
      `ALTER TABLE content_report DROP CONSTRAINT IF EXISTS ck_content_report_resolution`,
    );
    await queryRunner.query(`ALTER TABLE content_report DROP COLUMN IF EXISTS resolution`);
  }
}
