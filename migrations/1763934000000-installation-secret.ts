import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The installation's generated signing secret, for installations without SESSION_SECRET on
 * real PostgreSQL: one row, created by the first process that starts (see config/secrets.ts).
 */
export class InstallationSecret1763934000000 implements MigrationInterface {
  name = 'InstallationSecret1763934000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE installation_secret (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        secret text NOT NULL CHECK (length(secret) >= 32),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS installation_secret`);
  }
}
