import { MigrationInterface, QueryRunner } from 'typeorm';

/** Topic groups, Q&A threads with answers and votes, routing suggestions, reports, follows. */
export class GroupsAndThreads1763890000000 implements MigrationInterface {
  name = 'GroupsAndThreads1763890000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE member_group (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        kind text NOT NULL DEFAULT 'THEME' CHECK (kind IN ('THEME', 'FUNCTION')),
        visibility text NOT NULL DEFAULT 'OPEN' CHECK (visibility IN ('OPEN', 'ON_REQUEST', 'CLOSED')),
        domain_slugs text[] NOT NULL DEFAULT '{}',
        created_by uuid REFERENCES member (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_member_group_slug ON member_group (slug)`);
    await queryRunner.query(`
      CREATE TABLE group_membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES member_group (id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        role text NOT NULL DEFAULT 'MEMBER' CHECK (role IN ('MEMBER', 'ADMIN')),
        status text NOT NULL CHECK (status IN ('PENDING', 'INVITED', 'ACTIVE')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_group_membership ON group_membership (group_id, member_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_group_membership_member ON group_membership (member_id, status)`,
    );
    await queryRunner.query(
      `ALTER TABLE event ADD CONSTRAINT fk_event_group FOREIGN KEY (group_id) REFERENCES member_group (id) ON DELETE SET NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE thread (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid REFERENCES member_group (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        title text NOT NULL,
        body text NOT NULL,
        body_text text NOT NULL DEFAULT '',
        domain_slugs text[] NOT NULL DEFAULT '{}',
        subtopic_slugs text[] NOT NULL DEFAULT '{}',
        topics_corrected_at timestamptz,
        accepted_answer_id uuid,
        answer_count int NOT NULL DEFAULT 0,
        hidden_at timestamptz,
        hidden_by uuid REFERENCES member (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('dutch', immutable_unaccent(title)), 'A') ||
          setweight(to_tsvector('dutch', immutable_unaccent(body_text)), 'B')) STORED
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_thread_group ON thread (group_id, last_activity_at DESC)`,
    );
    await queryRunner.query(`CREATE INDEX ix_thread_activity ON thread (last_activity_at DESC)`);
    await queryRunner.query(`CREATE INDEX ix_thread_author ON thread (author_id)`);
    await queryRunner.query(`CREATE INDEX ix_thread_domains ON thread USING gin (domain_slugs)`);
    await queryRunner.query(`CREATE INDEX ix_thread_search ON thread USING gin (search)`);

    await queryRunner.query(`
      CREATE TABLE answer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES thread (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        body text NOT NULL,
        body_text text NOT NULL DEFAULT '',
        helpful_count int NOT NULL DEFAULT 0,
        hidden_at timestamptz,
        hidden_by uuid REFERENCES member (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_answer_thread ON answer (thread_id, created_at)`);
    await queryRunner.query(`CREATE INDEX ix_answer_author ON answer (author_id)`);
    await queryRunner.query(
      `ALTER TABLE thread ADD CONSTRAINT fk_thread_accepted_answer FOREIGN KEY (accepted_answer_id) REFERENCES answer (id) ON DELETE SET NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE answer_vote (
        answer_id uuid NOT NULL REFERENCES answer (id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (answer_id, member_id)
      )`);

    // Experts suggested for a question, computed when it is asked (they do not shift later).
    await queryRunner.query(`
      CREATE TABLE thread_suggestion (
        thread_id uuid NOT NULL REFERENCES thread (id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        rank int NOT NULL,
        score double precision NOT NULL DEFAULT 0,
        reasons_nl text[] NOT NULL DEFAULT '{}',
        reasons_en text[] NOT NULL DEFAULT '{}',
        -- Set when the question was routed to this expert (notified); the weekly cap counts these.
        routed_at timestamptz,
        -- "Vraag een collega": who asked this expert by hand.
        invited_by uuid REFERENCES member (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (thread_id, member_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_thread_suggestion_routed ON thread_suggestion (member_id, routed_at) WHERE routed_at IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE content_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        target_type text NOT NULL CHECK (target_type IN ('THREAD', 'ANSWER')),
        target_id uuid NOT NULL,
        reporter_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        reason text NOT NULL,
        resolved_at timestamptz,
        resolved_by uuid REFERENCES member (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_content_report_open ON content_report (created_at) WHERE resolved_at IS NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE follow (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        group_id uuid REFERENCES member_group (id) ON DELETE CASCADE,
        domain_slug text REFERENCES taxonomy_domain (slug) ON UPDATE CASCADE ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((group_id IS NULL) <> (domain_slug IS NULL))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_follow_group ON follow (member_id, group_id) WHERE group_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_follow_domain ON follow (member_id, domain_slug) WHERE domain_slug IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE notification_preference (
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        kind text NOT NULL,
        delivery text NOT NULL CHECK (delivery IN ('IMMEDIATE', 'DIGEST', 'IN_APP')),
        PRIMARY KEY (member_id, kind)
      )`);
    await queryRunner.query(`ALTER TABLE notification ADD COLUMN digested_at timestamptz`);
    await queryRunner.query(
      `ALTER TABLE notification ADD COLUMN delivery text NOT NULL DEFAULT 'IN_APP'`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_notification_digest ON notification (member_id, created_at) WHERE delivery = 'DIGEST' AND digested_at IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS ix_notification_digest`);
    await queryRunner.query(`ALTER TABLE notification DROP COLUMN IF EXISTS delivery`);
    await queryRunner.query(`ALTER TABLE notification DROP COLUMN IF EXISTS digested_at`);
    await queryRunner.query(`DROP TABLE IF EXISTS notification_preference`);
    await queryRunner.query(`DROP TABLE IF EXISTS follow`);
    await queryRunner.query(`DROP TABLE IF EXISTS content_report`);
    await queryRunner.query(`DROP TABLE IF EXISTS thread_suggestion`);
    await queryRunner.query(`DROP TABLE IF EXISTS answer_vote`);
    await queryRunner.query(
      `ALTER TABLE thread DROP CONSTRAINT IF EXISTS fk_thread_accepted_answer`,
    );
    await queryRunner.query(`DROP TABLE IF EXISTS answer`);
    await queryRunner.query(`DROP TABLE IF EXISTS thread`);
    await queryRunner.query(`ALTER TABLE event DROP CONSTRAINT IF EXISTS fk_event_group`);
    await queryRunner.query(`DROP TABLE IF EXISTS group_membership`);
    await queryRunner.query(`DROP TABLE IF EXISTS member_group`);
  }
}
