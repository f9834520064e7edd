import { MigrationInterface, QueryRunner } from 'typeorm';

/** Events with registrations (capacity, waiting list), calendar feeds and in-app notifications. */
export class EventsAndNotifications1763880000000 implements MigrationInterface {
  name = 'EventsAndNotifications1763880000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL DEFAULT 'bijeenkomst'
          CHECK (type IN ('training', 'bijeenkomst', 'marktplaats', 'atelier', 'webinar')),
        title text NOT NULL,
        description text,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        location text,
        online_url text,
        organiser_id uuid REFERENCES member (id) ON DELETE SET NULL,
        domain_slugs text[] NOT NULL DEFAULT '{}',
        group_id uuid,
        capacity int CHECK (capacity IS NULL OR capacity > 0),
        signup_deadline timestamptz,
        cancellation_deadline timestamptz,
        status text NOT NULL DEFAULT 'PUBLISHED' CHECK (status IN ('DRAFT', 'PUBLISHED', 'CANCELLED')),
        created_by uuid REFERENCES member (id) ON DELETE SET NULL,
        cancelled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at >= starts_at)
      )`);
    await queryRunner.query(`CREATE INDEX ix_event_starts ON event (starts_at)`);
    await queryRunner.query(`CREATE INDEX ix_event_domains ON event USING gin (domain_slugs)`);

    await queryRunner.query(`CREATE SEQUENCE registration_queue_seq`);
    await queryRunner.query(`
      CREATE TABLE registration (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED', 'ATTENDED')),
        -- Order of sign-up: the waiting list is served in this order.
        queue_seq bigint NOT NULL DEFAULT nextval('registration_queue_seq'),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        confirmed_at timestamptz,
        cancelled_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_registration_event_member ON registration (event_id, member_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_registration_event_status ON registration (event_id, status, queue_seq)`,
    );
    await queryRunner.query(`CREATE INDEX ix_registration_member ON registration (member_id)`);

    await queryRunner.query(`
      CREATE TABLE calendar_feed (
        -- The feed token is an HMAC of member id + version; a new version revokes the old address.
        member_id uuid PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        kind text NOT NULL,
        title text NOT NULL,
        body text,
        link text,
        data jsonb NOT NULL DEFAULT '{}',
        dedupe_key text,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX ix_notification_member ON notification (member_id, created_at DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX ix_notification_unread ON notification (member_id) WHERE read_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_notification_dedupe ON notification (member_id, dedupe_key) WHERE dedupe_key IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS notification`);
    await queryRunner.query(`DROP TABLE IF EXISTS calendar_feed`);
    await queryRunner.query(`DROP TABLE IF EXISTS registration`);
    await queryRunner.query(`DROP SEQUENCE IF EXISTS registration_queue_seq`);
    await queryRunner.query(`DROP TABLE IF EXISTS event`);
  }
}
