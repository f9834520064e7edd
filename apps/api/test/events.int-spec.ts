import { parse } from 'csv-parse/sync';

import { RegistrationStatus } from '../src/events/event.entities';
import { RegistrationsService } from '../src/events/registrations.service';
import { RemindersService } from '../src/events/reminders.service';
import { MemberEntity, PlatformRole } from '../src/members/member.entity';
import { aMember, aSchool, TEST_PASSWORD } from './factories';
import { createTestApp, errorCode, gql, TestApp } from './test-app';
import { isEmbeddedTestDatabase } from './test-database';

const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { id } }`;
const CREATE = `mutation($input: CreateEventInput!) {
  createEvent(input: $input) { id title type status startsAt endsAt capacity confirmedCount waitlistCount seatsLeft }
}`;
const REGISTER = `mutation($id: ID!) { registerForEvent(input: { eventId: $id }) { id status position } }`;
const CANCEL = `mutation($id: ID!) { cancelRegistration(input: { eventId: $id }) { id status position } }`;
const EVENT = `query($id: ID!) { event(id: $id) { confirmedCount waitlistCount seatsLeft myRegistration { status position } } }`;

const inDays = (days: number, hours = 0) =>
  new Date(Date.now() + days * 86_400_000 + hours * 3_600_000);

describe('events and sign-ups', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function signedIn(role = PlatformRole.MEMBER, options: Parameters<typeof aMember>[1] = {}) {
    const member = await aMember(t.dataSource, { platformRole: role, ...options });
    const agent = t.agent();
    expect(
      (await gql(agent, LOGIN, { email: member.email, password: TEST_PASSWORD })).errors,
    ).toBeUndefined();
    return { member, agent };
  }

  async function anEvent(input: Record<string, unknown> = {}) {
    const { agent } = await signedIn(PlatformRole.COORDINATOR);
    const res = await gql(agent, CREATE, {
      input: { title: 'Marktplaats Ede', startsAt: inDays(7), ...input },
    });
    expect(res.errors).toBeUndefined();
    return {
      id: res.data?.createEvent.id as string,
      coordinator: agent,
      event: res.data?.createEvent,
    };
  }

  it('creates an event from a title, a start and a capacity, with sensible defaults', async () => {
    const startsAt = inDays(10);
    const { event } = await anEvent({ startsAt, capacity: 20 });
    expect(event).toMatchObject({
      title: 'Marktplaats Ede',
      type: 'BIJEENKOMST',
      status: 'PUBLISHED',
      capacity: 20,
      confirmedCount: 0,
      waitlistCount: 0,
      seatsLeft: 20,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
    });
  });

  it('refuses members creating events, and bad dates with the field', async () => {
    const { agent } = await signedIn();
    const forbidden = await gql(agent, CREATE, { input: { title: 'X', startsAt: inDays(1) } });
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
    const { agent: coordinator } = await signedIn(PlatformRole.COORDINATOR);
    const bad = await gql(coordinator, CREATE, {
      input: { title: 'X', startsAt: inDays(2), endsAt: inDays(1) },
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsAt' });
    const deadline = await gql(coordinator, CREATE, {
      input: { title: 'X', startsAt: inDays(2), signupDeadline: inDays(3) },
    });
    expect(deadline.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'signupDeadline',
    });
    const capacity = await gql(coordinator, CREATE, {
      input: { title: 'X', startsAt: inDays(2), capacity: 0 },
    });
    expect(capacity.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'capacity',
    });
    const title = await gql(coordinator, CREATE, { input: { title: '', startsAt: inDays(2) } });
    expect(title.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
  });

  it('never registers twice, fills seats, then keeps a waiting list that moves up in order', async () => {
    const { id, coordinator } = await anEvent({ capacity: 2 });
    const [a, b, c, d] = await Promise.all([signedIn(), signedIn(), signedIn(), signedIn()]);
    const first = await gql(a.agent, REGISTER, { id });
    expect(first.data?.registerForEvent).toMatchObject({ status: 'CONFIRMED', position: null });
    const again = await gql(a.agent, REGISTER, { id });
    expect(again.data?.registerForEvent.id).toBe(first.data?.registerForEvent.id);
    const rows = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM registration WHERE event_id = $1`,
      [id],
    );
    expect(rows[0].n).toBe(1);

    expect((await gql(b.agent, REGISTER, { id })).data?.registerForEvent.status).toBe('CONFIRMED');
    expect((await gql(c.agent, REGISTER, { id })).data?.registerForEvent).toMatchObject({
      status: 'WAITLISTED',
      position: 1,
    });
    expect((await gql(d.agent, REGISTER, { id })).data?.registerForEvent).toMatchObject({
      status: 'WAITLISTED',
      position: 2,
    });
    expect((await gql(d.agent, EVENT, { id })).data?.event).toEqual({
      confirmedCount: 2,
      waitlistCount: 2,
      seatsLeft: 0,
      myRegistration: { status: 'WAITLISTED', position: 2 },
    });

    const cancelled = await gql(a.agent, CANCEL, { id });
    expect(cancelled.data?.cancelRegistration.status).toBe('CANCELLED');
    expect((await gql(c.agent, EVENT, { id })).data?.event.myRegistration).toEqual({
      status: 'CONFIRMED',
      position: null,
    });
    expect((await gql(d.agent, EVENT, { id })).data?.event.myRegistration).toEqual({
      status: 'WAITLISTED',
      position: 1,
    });

    const notes = await gql(
      c.agent,
      `{ myNotifications { unread nodes { kind title link read } } }`,
    );
    expect(notes.data?.myNotifications.unread).toBe(1);
    expect(notes.data?.myNotifications.nodes[0]).toMatchObject({
      kind: 'event.promoted',
      link: `/agenda/${id}`,
      read: false,
    });
    const mails = await t.dataSource.query(
      `SELECT subject FROM mail_outbox WHERE to_address = $1`,
      [c.member.email],
    );
    expect(mails).toEqual([{ subject: 'Je hebt een plek: Marktplaats Ede' }]);

    // Signing up again after cancelling goes to the back of the queue.
    expect((await gql(a.agent, REGISTER, { id })).data?.registerForEvent).toMatchObject({
      status: 'WAITLISTED',
      position: 2,
    });

    // More seats let the waiting list in.
    const more = await gql(
      coordinator,
      `mutation($id: ID!) { updateEvent(input: { id: $id, capacity: 4 }) { confirmedCount waitlistCount } }`,
      { id },
    );
    expect(more.data?.updateEvent).toEqual({ confirmedCount: 4, waitlistCount: 0 });
  });

  it('enforces the sign-up and cancellation deadlines with a clear error naming eventId', async () => {
    const { id: closed } = await anEvent({
      startsAt: inDays(3),
      signupDeadline: new Date(Date.now() - 60_000),
    });
    const { agent } = await signedIn();
    const late = await gql(agent, REGISTER, { id: closed });
    expect(late.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'eventId',
    });
    expect(late.errors?.[0]?.message).toMatch(/aanmeldtermijn/);

    const { id, coordinator } = await anEvent({
      startsAt: inDays(3),
      cancellationDeadline: inDays(2),
    });
    expect((await gql(agent, REGISTER, { id })).data?.registerForEvent.status).toBe('CONFIRMED');
    await gql(
      coordinator,
      `mutation($id: ID!, $d: DateTime!) { updateEvent(input: { id: $id, cancellationDeadline: $d }) { id } }`,
      {
        id,
        d: new Date(Date.now() - 60_000),
      },
    );
    const tooLate = await gql(agent, CANCEL, { id });
    expect(tooLate.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'eventId',
    });
    expect(tooLate.errors?.[0]?.message).toMatch(/afmeldtermijn/);
  });

  it('cancelling an event tells everyone who signed up and closes sign-ups', async () => {
    const { id, coordinator } = await anEvent({ capacity: 1 });
    const a = await signedIn();
    const b = await signedIn();
    await gql(a.agent, REGISTER, { id });
    await gql(b.agent, REGISTER, { id });
    const res = await gql(
      coordinator,
      `mutation($id: ID!) { cancelEvent(input: { eventId: $id, reason: "Ziekte van de spreker" }) { status } }`,
      { id },
    );
    expect(res.data?.cancelEvent.status).toBe('CANCELLED');
    for (const who of [a, b]) {
      const notes = await gql(who.agent, `{ myNotifications { nodes { kind body } } }`);
      expect(notes.data?.myNotifications.nodes).toEqual([
        { kind: 'event.cancelled', body: 'Ziekte van de spreker' },
      ]);
    }
    const mails = await t.dataSource.query(
      `SELECT to_address FROM mail_outbox WHERE subject LIKE 'Gaat niet door:%' ORDER BY 1`,
    );
    expect(mails.map((m: { to_address: string }) => m.to_address)).toEqual(
      [a.member.email, b.member.email].sort(),
    );
    const c = await signedIn();
    const refused = await gql(c.agent, REGISTER, { id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'eventId',
    });
  });

  it('hides drafts from members', async () => {
    const { id } = await anEvent({ status: 'DRAFT' });
    const { agent } = await signedIn();
    expect(
      (await gql(agent, `query($id: ID!) { event(id: $id) { id } }`, { id })).data?.event,
    ).toBeNull();
    expect(errorCode(await gql(agent, REGISTER, { id }))).toBe('NOT_FOUND');
  });

  it('offers valid iCalendar for one event and for a revocable personal feed', async () => {
    // ical.js ships as an ES module; a dynamic import works from this CommonJS test.
    const { default: ICAL } = await import('ical.js');
    const startsAt = inDays(5);
    const { id } = await anEvent({
      title: 'Training "Lezen" & spelling',
      location: 'Stationsweg 1, Ede',
      startsAt,
    });
    const { agent } = await signedIn();
    await gql(agent, REGISTER, { id });
    const download = await agent.get(`/calendar/events/${id}.ics`);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toMatch(/text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(download.text));
    const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(vevent.summary).toBe('Training "Lezen" & spelling');
    expect(vevent.location).toBe('Stationsweg 1, Ede');
    expect(vevent.uid).toBe(`${id}@deelwijs`);
    // iCalendar has whole seconds.
    expect(Math.floor(startsAt.getTime() / 1000) * 1000).toBe(
      vevent.startDate.toJSDate().getTime(),
    );
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Deelwijs/);

    const feed = await gql(agent, `{ myCalendarFeed { url } }`);
    const url = new URL(feed.data?.myCalendarFeed.url);
    const again = await gql(agent, `{ myCalendarFeed { url } }`);
    expect(again.data?.myCalendarFeed.url).toBe(url.toString());
    const ics = await t.agent().get(url.pathname);
    expect(ics.status).toBe(200);
    const feedCal = new ICAL.Component(ICAL.parse(ics.text));
    expect(
      feedCal.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('summary')),
    ).toEqual(['Training "Lezen" & spelling']);
    const renewed = await gql(agent, `mutation { regenerateCalendarFeed { url } }`);
    expect(renewed.data?.regenerateCalendarFeed.url).not.toBe(url.toString());
    expect((await t.agent().get(url.pathname)).status).toBe(404);
    expect(
      (await t.agent().get(new URL(renewed.data?.regenerateCalendarFeed.url).pathname)).status,
    ).toBe(200);
    expect((await t.agent().get(`/calendar/events/${id}.ics`)).status).toBe(401);
  });

  it('exports attendees as CSV and keeps a check-in list', async () => {
    const school = await aSchool(t.dataSource, { name: 'OBS De Wegwijzer', town: 'Barneveld' });
    const { id, coordinator } = await anEvent({ capacity: 1, title: 'Atelier' });
    const a = await signedIn(PlatformRole.MEMBER, {
      name: 'Anna Aarts',
      school,
      jobRole: 'intern-begeleider',
    });
    const b = await signedIn(PlatformRole.MEMBER, { name: 'Bob Bakker' });
    await gql(a.agent, REGISTER, { id });
    await gql(b.agent, REGISTER, { id });
    const res = await coordinator.get(`/export/events/${id}/attendees.csv`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const rows = parse(res.text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r['naam'], r['school'], r['functie'], r['status']])).toEqual([
      ['Anna Aarts', 'OBS De Wegwijzer, Barneveld', 'intern-begeleider', 'aangemeld'],
      ['Bob Bakker', '', 'leerkracht', 'wachtlijst'],
    ]);
    expect(rows[0]['aangemeld op']).toMatch(/^\d{2}-\d{2}-\d{4},? \d{2}:\d{2}$/);
    expect((await a.agent.get(`/export/events/${id}/attendees.csv`)).status).toBe(403);

    const list = await gql(
      coordinator,
      `query($id: ID!) { event(id: $id) { registrations { id status member { name } } } }`,
      { id },
    );
    const anna = list.data?.event.registrations.find(
      (r: { member: { name: string } }) => r.member.name === 'Anna Aarts',
    );
    const marked = await gql(
      coordinator,
      `mutation($id: ID!) { markAttendance(input: { registrationId: $id, attended: true }) { status } }`,
      { id: anna.id },
    );
    expect(marked.data?.markAttendance.status).toBe('ATTENDED');
    const hidden = await gql(
      a.agent,
      `query($id: ID!) { event(id: $id) { registrations { id } } }`,
      { id },
    );
    expect(errorCode(hidden)).toBe('NOT_FOUND');
  });

  it('sends the day-before reminder once, however often the job runs', async () => {
    const { id: tomorrow } = await anEvent({ title: 'Morgen', startsAt: inDays(0, 20) });
    const { id: later } = await anEvent({ title: 'Later', startsAt: inDays(3) });
    const { agent, member } = await signedIn();
    await gql(agent, REGISTER, { id: tomorrow });
    await gql(agent, REGISTER, { id: later });
    const reminders = t.app.get(RemindersService);
    expect(await reminders.sendDue()).toBe(1);
    expect(await reminders.sendDue()).toBe(0);
    await Promise.all([reminders.sendDue(), reminders.sendDue()]);
    const mails = await t.dataSource.query(
      `SELECT subject FROM mail_outbox WHERE to_address = $1 AND subject LIKE 'Morgen:%'`,
      [member.email],
    );
    expect(mails).toEqual([{ subject: 'Morgen: Morgen' }]);
  });

  it('writes event mails in the member’s language', async () => {
    const { id } = await anEvent({ title: 'Rekenmiddag', startsAt: inDays(0, 21) });
    const { agent, member } = await signedIn();
    await t.dataSource.query(`UPDATE member SET locale = 'en' WHERE id = $1`, [member.id]);
    await gql(agent, REGISTER, { id });
    await t.app.get(RemindersService).sendDue();
    const [mail] = await t.dataSource.query(
      `SELECT subject, text_body FROM mail_outbox WHERE to_address = $1`,
      [member.email],
    );
    expect(mail.subject).toBe('Tomorrow: Rekenmiddag');
    expect(mail.text_body).toMatch(
      /^Hello .+,\n\nA reminder: you are registered for "Rekenmiddag"\./,
    );
    expect(mail.text_body).toMatch(/When: [A-Z][a-z]+day \d+ [A-Z][a-z]+/);
  });

  const onRealPostgres = isEmbeddedTestDatabase() ? it.skip : it;
  if (isEmbeddedTestDatabase()) {
    console.warn(
      'events: the 200-concurrent-sign-ups test needs real PostgreSQL (set TEST_DATABASE_URL); skipped on PGlite.',
    );
  }

  onRealPostgres(
    '200 concurrent sign-ups for 20 seats: exactly 20 confirmed and 180 waiting, in order',
    async () => {
      const { id } = await anEvent({ capacity: 20 });
      const members: MemberEntity[] = await t.dataSource.query(
        `INSERT INTO member (email, name, job_role, status)
       SELECT 'rush' || i || '@school.example', 'Rush ' || i, 'leerkracht', 'ACTIVE' FROM generate_series(1, 200) i
       RETURNING id, email, platform_role AS "platformRole", status`,
      );
      const service = t.app.get(RegistrationsService);
      const results = await Promise.all(members.map((m) => service.register(m, id)));
      expect(results.filter((r) => r.status === RegistrationStatus.CONFIRMED)).toHaveLength(20);
      expect(results.filter((r) => r.status === RegistrationStatus.WAITLISTED)).toHaveLength(180);
      const rows: { status: string; queue_seq: string; position: number | null }[] =
        await t.dataSource.query(
          `SELECT status, queue_seq,
              CASE WHEN status = 'WAITLISTED' THEN row_number() OVER (PARTITION BY status ORDER BY queue_seq) END::int AS position
         FROM registration WHERE event_id = $1 ORDER BY queue_seq`,
          [id],
        );
      expect(rows).toHaveLength(200);
      // Everyone confirmed signed up before everyone waiting: the queue is served in order.
      expect(rows.slice(0, 20).every((r) => r.status === 'CONFIRMED')).toBe(true);
      expect(rows.slice(20).map((r) => r.position)).toEqual(
        Array.from({ length: 180 }, (_, i) => i + 1),
      );
    },
  );
});
