import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Topic inference for case-like questions: signals per subtopic (admin-editable, seeded from the
 * taxonomy file), word–subtopic associations learned from the installation's data, and whether a
 * question's inferred topics were confident (else: suggestions for the asker to choose from).
 */
export class TopicSignals1763936000000 implements MigrationInterface {
  name = 'TopicSignals1763936000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE taxonomy_subtopic ADD COLUMN signals_nl text[] NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `ALTER TABLE taxonomy_subtopic ADD COLUMN signals_edited_at timestamptz`,
    );
    await queryRunner.query(
      `ALTER TABLE thread ADD COLUMN topics_confident boolean NOT NULL DEFAULT true`,
    );
    await queryRunner.query(
      `ALTER TABLE thread ADD COLUMN topic_suggestions text[] NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`
      CREATE TABLE topic_association (
        subtopic_slug text NOT NULL REFERENCES taxonomy_subtopic (slug) ON DELETE CASCADE,
        stem text NOT NULL,
        weight real NOT NULL,
        support real NOT NULL,
        PRIMARY KEY (subtopic_slug, stem)
      )`);
    await queryRunner.query(`CREATE INDEX topic_association_stem ON topic_association (stem)`);
    // the file hash changes with the signals: the next start seeds them
    await queryRunner.query(`DELETE FROM taxonomy_meta WHERE key = 'file_hash'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS topic_association`);
    await queryRunner.query(`ALTER TABLE thread DROP COLUMN IF EXISTS topic_suggestions`);
    await queryRunner.query(`ALTER TABLE thread DROP COLUMN IF EXISTS topics_confident`);
    await queryRunner.query(
      `ALTER TABLE taxonomy_subtopic DROP COLUMN IF EXISTS signals_edited_at`,
    );
    await queryRunner.query(`ALTER TABLE taxonomy_subtopic DROP COLUMN IF EXISTS signals_nl`);
  }
}
