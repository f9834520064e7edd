import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1763850000000 implements MigrationInterface {
  name = 'Foundation1763850000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    // unaccent() is STABLE; indexes and generated columns need an IMMUTABLE wrapper.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION immutable_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);

    await queryRunner.query(`
      CREATE TABLE board (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_board_name ON board (name)`);

    await queryRunner.query(`
      CREATE TABLE school (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        town text NOT NULL DEFAULT '',
        brin text,
        board_id uuid REFERENCES board (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_school_name_town ON school (name, town)`);
    await queryRunner.query(`CREATE INDEX ix_school_board ON school (board_id)`);

    await queryRunner.query(`
      CREATE TABLE member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email)),
        name text NOT NULL,
        school_id uuid REFERENCES school (id) ON DELETE SET NULL,
        job_role text NOT NULL,
        platform_role text NOT NULL DEFAULT 'MEMBER'
          CHECK (platform_role IN ('MEMBER', 'MODERATOR', 'COORDINATOR', 'ADMIN')),
        status text NOT NULL DEFAULT 'INVITED'
          CHECK (status IN ('INVITED', 'ACTIVE', 'DEACTIVATED')),
        locale text NOT NULL DEFAULT 'nl' CHECK (locale IN ('nl', 'en')),
        password_hash text,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_member_email ON member (email)`);
    await queryRunner.query(`CREATE INDEX ix_member_school ON member (school_id)`);
    await queryRunner.query(`CREATE INDEX ix_member_name ON member (lower(name))`);
    await queryRunner.query(
      `CREATE INDEX ix_member_name_trgm ON member USING gin (immutable_unaccent(lower(name)) gin_trgm_ops)`,
    );

    await queryRunner.query(`
      CREATE TABLE account_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('INVITATION', 'PASSWORD_RESET')),
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_account_token_hash ON account_token (token_hash)`,
    );
    await queryRunner.query(`CREATE INDEX ix_account_token_member ON account_token (member_id)`);

    await queryRunner.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text,
        dedupe_key text,
        status text NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'STORED')),
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_mail_outbox_status ON mail_outbox (status, created_at)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_mail_outbox_dedupe ON mail_outbox (dedupe_key) WHERE dedupe_key IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE audit_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        actor_id uuid REFERENCES member (id) ON DELETE SET NULL,
        action text NOT NULL,
        target_type text NOT NULL,
        target_id text,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ix_audit_log_created ON audit_log (created_at)`);

    // Server-side sessions (connect-pg-simple's schema).
    await queryRunner.query(`
      CREATE TABLE session (
        sid varchar NOT NULL PRIMARY KEY,
        sess json NOT NULL,
        expire timestamp(6) NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX ix_session_expire ON session (expire)`);
    await queryRunner.query(
      `CREATE INDEX ix_session_member ON session (((sess -> 'passport' ->> 'user')))`,
    );

    // Login throttling counters (rate-limiter-flexible's schema), shared by all replicas.
    await queryRunner.query(`
      CREATE TABLE login_throttle (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS login_throttle`);
    await queryRunner.query(`DROP TABLE IF EXISTS session`);
    await queryRunner.query(`DROP TABLE IF EXISTS audit_log`);
    await queryRunner.query(`DROP TABLE IF EXISTS mail_outbox`);
    await queryRunner.query(`DROP TABLE IF EXISTS account_token`);
    await queryRunner.query(`DROP TABLE IF EXISTS member`);
    await queryRunner.query(`DROP TABLE IF EXISTS school`);
    await queryRunner.query(`DROP TABLE IF EXISTS board`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS immutable_unaccent(text)`);
  }
}
