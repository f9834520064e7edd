import { TAXONOMY } from '@deelwijs/taxonomy';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The taxonomy (domains → subtopics, labels nl/en, synonyms) and expertise profiles.
 * The migration loads the taxonomy file as it is now; afterwards the api's idempotent
 * TaxonomySyncService brings changes of libs/taxonomy/src/taxonomy.json into the database at
 * start-up.
 */
export class TaxonomyAndProfiles1763860000000 implements MigrationInterface {
  name = 'TaxonomyAndProfiles1763860000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE taxonomy_domain (
        slug text PRIMARY KEY,
        label_nl text NOT NULL,
        label_en text NOT NULL,
        description_nl text NOT NULL DEFAULT '',
        synonyms_nl text[] NOT NULL DEFAULT '{}',
        synonyms_en text[] NOT NULL DEFAULT '{}',
        position int NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE taxonomy_subtopic (
        slug text PRIMARY KEY,
        domain_slug text NOT NULL REFERENCES taxonomy_domain (slug) ON UPDATE CASCADE,
        label_nl text NOT NULL,
        label_en text NOT NULL,
        synonyms_nl text[] NOT NULL DEFAULT '{}',
        synonyms_en text[] NOT NULL DEFAULT '{}',
        position int NOT NULL DEFAULT 0,
        -- 'file': from taxonomy.json (kept in sync); 'admin': added in the UI.
        origin text NOT NULL DEFAULT 'file' CHECK (origin IN ('file', 'admin')),
        -- Set when an admin renamed it: the file sync no longer overwrites the labels.
        labels_edited_at timestamptz,
        retired_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_taxonomy_subtopic_domain ON taxonomy_subtopic (domain_slug)`,
    );
    await queryRunner.query(`
      CREATE TABLE taxonomy_meta (
        key text PRIMARY KEY,
        value text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE expertise_profile (
        member_id uuid PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
        headline text,
        bio text,
        tags text[] NOT NULL DEFAULT '{}',
        open_for_questions boolean NOT NULL DEFAULT true,
        availability text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE expertise_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES expertise_profile (member_id) ON DELETE CASCADE,
        position int NOT NULL,
        domain_slug text NOT NULL REFERENCES taxonomy_domain (slug) ON UPDATE CASCADE,
        subtopic_slugs text[] NOT NULL DEFAULT '{}',
        level text NOT NULL CHECK (level IN ('basis', 'gevorderd', 'specialist')),
        source text,
        offers text[] NOT NULL DEFAULT '{}',
        description text
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_expertise_entry_position ON expertise_entry (member_id, position)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_expertise_entry_domain ON expertise_entry (domain_slug)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_expertise_entry_subtopics ON expertise_entry USING gin (subtopic_slugs)`,
    );

    for (const [position, domain] of TAXONOMY.domains.entries()) {
      await queryRunner.query(
        `INSERT INTO taxonomy_domain (slug, label_nl, label_en, description_nl, synonyms_nl, synonyms_en, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          domain.slug,
          domain.label_nl,
          domain.label_en,
          domain.description_nl,
          domain.synonyms_nl,
          domain.synonyms_en,
          position,
        ],
      );
      for (const [index, subtopic] of domain.subtopics.entries()) {
        await queryRunner.query(
          `INSERT INTO taxonomy_subtopic (slug, domain_slug, label_nl, label_en, synonyms_nl, synonyms_en, position)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            subtopic.slug,
            domain.slug,
            subtopic.label_nl,
            subtopic.label_en,
            subtopic.synonyms_nl,
            subtopic.synonyms_en,
            index,
          ],
        );
      }
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS expertise_entry`);
    await queryRunner.query(`DROP TABLE IF EXISTS expertise_profile`);
    await queryRunner.query(`DROP TABLE IF EXISTS taxonomy_meta`);
    await queryRunner.query(`DROP TABLE IF EXISTS taxonomy_subtopic`);
    await queryRunner.query(`DROP TABLE IF EXISTS taxonomy_domain`);
  }
}
