import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Expert search (apps/api/src/matching):
 *
 * - `search_document`: one row per member with an expertise profile, built by the api
 *   (SearchDocumentService, `buildSearchDocument` from @deelwijs/taxonomy) in the same
 *   transaction as every profile write. Weighted tsvector (A: subtopic labels and synonyms,
 *   B: domains, tags, descriptions, headline, inferred subtopics, C: bio) with a GIN index.
 *   School, board, role and `active` are copied from member/school by the triggers below, so
 *   a deactivated member disappears from search in the same transaction.
 * - `search_topic`: the narrow (topic, rank, member) table: top-K members per subtopic or
 *   domain by level straight from a btree, without touching the wide rows.
 * - `search_term`: document frequencies per lexeme for the BM25-like idf, maintained
 *   incrementally by the same statement that writes the documents (lexeme '' holds the
 *   number of documents). Never stale; no materialized view to refresh.
 * - `search_log`: what was searched, for the association's insight into demand. Only the
 *   searcher's member id; rows older than 365 days are deleted daily (MatchingService).
 */
export class SearchDocuments1763870000000 implements MigrationInterface {
  name = 'SearchDocuments1763870000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE search_document (
        member_id uuid PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
        school_id uuid,
        board_id uuid,
        role text NOT NULL,
        active boolean NOT NULL,
        open_for_questions boolean NOT NULL DEFAULT true,
        text_a text NOT NULL DEFAULT '',
        text_b text NOT NULL DEFAULT '',
        text_c text NOT NULL DEFAULT '',
        tsv tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('dutch'::regconfig, immutable_unaccent(text_a)), 'A') ||
          setweight(to_tsvector('dutch'::regconfig, immutable_unaccent(text_b)), 'B') ||
          setweight(to_tsvector('dutch'::regconfig, immutable_unaccent(text_c)), 'C')
        ) STORED,
        subtopics text[] NOT NULL DEFAULT '{}',
        domains text[] NOT NULL DEFAULT '{}',
        subtopic_levels jsonb NOT NULL DEFAULT '{}',
        inferred_subtopics jsonb NOT NULL DEFAULT '{}',
        domain_levels jsonb NOT NULL DEFAULT '{}',
        offers text[] NOT NULL DEFAULT '{}',
        builder_version int NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Ranking reads the tsvector of every candidate: keep it inline and uncompressed when
    // it fits (the texts are compressed or moved out first), so no per-call decompression.
    await queryRunner.query(`ALTER TABLE search_document ALTER COLUMN tsv SET STORAGE MAIN`);
    await queryRunner.query(
      `CREATE INDEX ix_search_document_tsv ON search_document USING gin (tsv)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_search_document_school ON search_document (school_id)`,
    );

    await queryRunner.query(`
      CREATE TABLE search_topic (
        topic text NOT NULL,
        -- s: declared subtopic, i: subtopic inferred from tags/bio, d: domain
        kind "char" NOT NULL CHECK (kind IN ('s', 'i', 'd')),
        level smallint NOT NULL CHECK (level BETWEEN 1 AND 3),
        -- ordering key: level first, declared before inferred
        rank smallint NOT NULL,
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        -- copy of search_document.active: unfiltered top-K never reads the wide rows
        active boolean NOT NULL
      )`);
    // top-K members per subtopic (declared or inferred) and per domain, best level first
    await queryRunner.query(
      `CREATE INDEX ix_search_topic_subtopic ON search_topic (topic, rank DESC, member_id) WHERE kind <> 'd' AND active`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_search_topic_domain ON search_topic (topic, rank DESC, member_id) WHERE kind = 'd' AND active`,
    );
    await queryRunner.query(`CREATE INDEX ix_search_topic_member ON search_topic (member_id)`);

    await queryRunner.query(`
      CREATE TABLE search_term (
        lexeme text COLLATE "C" PRIMARY KEY,
        ndoc int NOT NULL
      )`);

    await queryRunner.query(`
      CREATE TABLE search_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        searcher_id uuid REFERENCES member (id) ON DELETE SET NULL,
        query text NOT NULL,
        result_count int NOT NULL,
        subtopics text[] NOT NULL DEFAULT '{}',
        duration_ms real NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_search_log_created ON search_log (created_at)`);

    // Member school/role/status and school board changes reach the documents in the same
    // statement, whichever code path made them (admin, import, activation, CLI).
    await queryRunner.query(`
      CREATE FUNCTION search_document_sync_member() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE search_document d
           SET school_id = n.school_id, board_id = s.board_id, role = n.job_role,
               active = (n.status = 'ACTIVE')
          FROM new_rows n
          JOIN old_rows o ON o.id = n.id
          LEFT JOIN school s ON s.id = n.school_id
         WHERE d.member_id = n.id
           AND (o.school_id IS DISTINCT FROM n.school_id OR o.job_role IS DISTINCT FROM n.job_role
                OR o.status IS DISTINCT FROM n.status);
        UPDATE search_topic t SET active = (n.status = 'ACTIVE')
          FROM new_rows n JOIN old_rows o ON o.id = n.id
         WHERE t.member_id = n.id AND o.status IS DISTINCT FROM n.status;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER trg_member_search_document AFTER UPDATE ON member
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION search_document_sync_member()`);
    await queryRunner.query(`
      CREATE FUNCTION search_document_sync_school() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE search_document d SET board_id = n.board_id
          FROM new_rows n JOIN old_rows o ON o.id = n.id
         WHERE d.school_id = n.id AND o.board_id IS DISTINCT FROM n.board_id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER trg_school_search_document AFTER UPDATE ON school
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION search_document_sync_school()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER IF EXISTS trg_school_search_document ON school`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS trg_member_search_document ON member`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS search_document_sync_school()`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS search_document_sync_member()`);
    await queryRunner.query(`DROP TABLE IF EXISTS search_log`);
    await queryRunner.query(`DROP TABLE IF EXISTS search_term`);
    await queryRunner.query(`DROP TABLE IF EXISTS search_topic`);
    await queryRunner.query(`DROP TABLE IF EXISTS search_document`);
  }
}
