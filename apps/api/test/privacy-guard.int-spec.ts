import { MatchingService } from '../src/matching/matching.service';
import { PlatformRole } from '../src/members/member.entity';
import { ProfileImportService } from '../src/profiles/profile-import.service';
import { aMember, TEST_PASSWORD } from './factories';
import { createTestApp, gql, GraphQLResponse, TestApp } from './test-app';

const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { id } }`;
const ASK = `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id title bodyText } }`;
const EDIT_QUESTION = `mutation($input: EditThreadInput!) { editQuestion(input: $input) { id title bodyText } }`;
const ANSWER = `mutation($input: AnswerQuestionInput!) { answerQuestion(input: $input) { id body } }`;
const EDIT_ANSWER = `mutation($input: EditAnswerInput!) { editAnswer(input: $input) { id body } }`;
const REPORT = `mutation($input: ReportContentInput!) { reportContent(input: $input) }`;
const PROFILE = `mutation($input: UpdateProfileInput!) {
  updateMyProfile(input: $input) { id profile { headline bio expertise { description } } }
}`;
const CREATE_EVENT = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id title description } }`;
const UPDATE_EVENT = `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { id title description } }`;
const CANCEL_EVENT = `mutation($input: CancelEventInput!) { cancelEvent(input: $input) { id status } }`;
const REGISTER = `mutation($id: ID!) { registerForEvent(input: { eventId: $id }) { status } }`;
const SEARCH = `query($q: String!) { searchExperts(query: $q) { total nodes { member { id } } } }`;

/** 123456782 passes the 11-proef; so does 101222331 as an onderwijsnummer. */
const BSN = '123456782';
const ORDINARY_TITLE = 'Een jongen in groep 5 die niet leest';
const ORDINARY_BODY =
  '<p>Hij heeft <strong>dyslexie</strong>. Hoe help ik hem met technisch lezen?</p>';
const NAME_TITLE = 'Mijn leerling Daan (groep 5) leest niet';
const DOB_BODY = '<p>Hij is <em>geboren</em> 3-4-2017 en heeft dyslexie.</p>';
const DOB_BODY_TEXT = 'Hij is geboren 3-4-2017 en heeft dyslexie.';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

type Counts = Record<
  'threads' | 'answers' | 'suggestions' | 'notifications' | 'mails' | 'reports' | 'events',
  number
>;

describe('the pupil-data guard on every write path', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ ROUTING_NOTIFY_TOP: '3' });
    const experts = [1, 2, 3].map((i) => ({
      line: i,
      record: {
        email: `lezen${i}@school.example`,
        name: `Leesexpert ${i}`,
        role: 'leerkracht',
        bio: 'Ik begeleid kinderen met dyslexie en technisch lezen.',
        tags: ['dyslexie'],
        open_for_questions: true,
        expertise: [
          {
            domain: 'taal-lezen',
            subtopics: ['dyslexie', 'technisch-lezen'],
            level: 'specialist',
            source: 'cursus',
            offers: ['sparren'],
          },
        ],
      },
    }));
    const report = await t.app
      .get(ProfileImportService)
      .importRecords(experts, { passwordHash: 'x' });
    expect(report.rejected).toEqual([]);
  });
  afterAll(() => t.close());

  async function signedIn(role = PlatformRole.MEMBER) {
    const member = await aMember(t.dataSource, { platformRole: role });
    const agent = t.agent();
    const login = await gql(agent, LOGIN, { email: member.email, password: TEST_PASSWORD });
    expect(login.errors).toBeUndefined();
    return { member, agent };
  }

  async function counts(): Promise<Counts> {
    const [row] = await t.dataSource.query(`SELECT
      (SELECT count(*) FROM thread)::int AS threads,
      (SELECT count(*) FROM answer)::int AS answers,
      (SELECT count(*) FROM thread_suggestion)::int AS suggestions,
      (SELECT count(*) FROM notification)::int AS notifications,
      (SELECT count(*) FROM mail_outbox)::int AS mails,
      (SELECT count(*) FROM content_report)::int AS reports,
      (SELECT count(*) FROM event)::int AS events`);
    return row;
  }

  /** BAD_USER_INPUT, reason PUPIL_DATA, on this field; nothing in data. */
  function expectRefused(res: GraphQLResponse, field: string) {
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
      reason: 'PUPIL_DATA',
    });
    expect(res.errors?.[0]?.message).toMatch(/burgerservicenummer|onderwijsnummer/);
  }

  /** PRIVACY_WARNING whose flags point at exactly these characters of these texts. */
  function expectWarned(
    res: GraphQLResponse,
    expected: { field: string; kind: string; in: string; text: string }[],
  ) {
    expect(res.data ?? null).toBeNull();
    const extensions = res.errors?.[0]?.extensions ?? {};
    expect(extensions['code']).toBe('PRIVACY_WARNING');
    const flags = extensions['flags'] as {
      field: string;
      start: number;
      end: number;
      kind: string;
    }[];
    expect(flags).toEqual(
      expected.map((e) => ({
        field: e.field,
        kind: e.kind,
        start: e.in.indexOf(e.text),
        end: e.in.indexOf(e.text) + e.text.length,
      })),
    );
    for (const [i, e] of expected.entries()) {
      expect(e.in.slice(flags[i].start, flags[i].end)).toBe(e.text);
    }
  }

  describe('askQuestion', () => {
    it('refuses a BSN in the body (HTML) or the title: no thread, no routing, no mail', async () => {
      const { agent } = await signedIn();
      const before = await counts();
      const inBody = await gql(agent, ASK, {
        input: {
          title: ORDINARY_TITLE,
          body: `<p>Leerling met <strong>BSN</strong> ${BSN} leest niet.</p>`,
        },
      });
      expectRefused(inBody, 'body');
      expect(inBody.errors?.[0]?.extensions?.['flags']).toEqual([
        { field: 'body', kind: 'BSN', start: 17, end: 26 },
      ]);
      const inTitle = await gql(agent, ASK, {
        input: {
          title: `Vraag over ${BSN.slice(0, 4)}.${BSN.slice(4, 6)}.${BSN.slice(6)}`,
          body: ORDINARY_BODY,
        },
      });
      expectRefused(inTitle, 'title');
      const onderwijsnummer = await gql(agent, ASK, {
        input: { title: ORDINARY_TITLE, body: '<p>Onderwijsnummer 101222331</p>' },
      });
      expectRefused(onderwijsnummer, 'body');
      expect(await counts()).toEqual(before);
    });

    it('refuses a BSN even when the member confirms the warning', async () => {
      const { agent } = await signedIn();
      const before = await counts();
      const res = await gql(agent, ASK, {
        input: { title: NAME_TITLE, body: `<p>BSN ${BSN}</p>`, confirmPrivacyWarning: true },
      });
      expectRefused(res, 'body');
      expect(await counts()).toEqual(before);
    });

    it('warns about a pupil’s name and a date of birth, saves and routes only when confirmed', async () => {
      const { agent } = await signedIn();
      const before = await counts();
      const input = { title: NAME_TITLE, body: DOB_BODY };
      const warned = await gql(agent, ASK, { input });
      expectWarned(warned, [
        { field: 'title', kind: 'PUPIL_NAME', in: NAME_TITLE, text: 'Daan' },
        { field: 'body', kind: 'DATE_OF_BIRTH', in: DOB_BODY_TEXT, text: '3-4-2017' },
      ]);
      expect(warned.errors?.[0]?.message).toMatch(/naam van een leerling of een geboortedatum/);
      expect(await counts()).toEqual(before);

      const confirmed = await gql(agent, ASK, { input: { ...input, confirmPrivacyWarning: true } });
      expect(confirmed.errors).toBeUndefined();
      expect(confirmed.data?.askQuestion).toMatchObject({
        title: NAME_TITLE,
        bodyText: DOB_BODY_TEXT,
      });
      const after = await counts();
      expect(after.threads).toBe(before.threads + 1);
      expect(after.suggestions).toBeGreaterThan(before.suggestions);
    });

    it('lets an ordinary question through without a word, and routes it to the experts', async () => {
      const { agent } = await signedIn();
      const before = await counts();
      const res = await gql(agent, ASK, { input: { title: ORDINARY_TITLE, body: ORDINARY_BODY } });
      expect(res.errors).toBeUndefined();
      expect(res.data?.askQuestion.title).toBe(ORDINARY_TITLE);
      const after = await counts();
      expect(after.threads).toBe(before.threads + 1);
      const [{ routed }] = await t.dataSource.query(
        `SELECT count(*)::int AS routed FROM thread_suggestion WHERE thread_id = $1 AND routed_at IS NOT NULL`,
        [res.data?.askQuestion.id],
      );
      expect(routed).toBe(3);
    });
  });

  async function aQuestion() {
    const asker = await signedIn();
    const res = await gql(asker.agent, ASK, {
      input: { title: ORDINARY_TITLE, body: ORDINARY_BODY },
    });
    expect(res.errors).toBeUndefined();
    return { asker, threadId: res.data?.askQuestion.id as string };
  }

  describe('editQuestion', () => {
    it('refuses, warns, saves when confirmed, passes ordinary edits; a stopped edit changes nothing', async () => {
      const { asker, threadId } = await aQuestion();
      const stored = async () =>
        (
          await t.dataSource.query(`SELECT title, body_text FROM thread WHERE id = $1`, [threadId])
        )[0];
      const original = await stored();

      expectRefused(
        await gql(asker.agent, EDIT_QUESTION, {
          input: { threadId, body: `<p>Het gaat om ${BSN}</p>` },
        }),
        'body',
      );
      const warned = await gql(asker.agent, EDIT_QUESTION, {
        input: { threadId, title: NAME_TITLE },
      });
      expectWarned(warned, [{ field: 'title', kind: 'PUPIL_NAME', in: NAME_TITLE, text: 'Daan' }]);
      expect(await stored()).toEqual(original);

      const confirmed = await gql(asker.agent, EDIT_QUESTION, {
        input: { threadId, title: NAME_TITLE, confirmPrivacyWarning: true },
      });
      expect(confirmed.errors).toBeUndefined();
      expect(confirmed.data?.editQuestion.title).toBe(NAME_TITLE);

      const ordinary = await gql(asker.agent, EDIT_QUESTION, {
        input: { threadId, title: 'Een leerling in groep 5 die niet leest' },
      });
      expect(ordinary.errors).toBeUndefined();
      expect((await stored()).title).toBe('Een leerling in groep 5 die niet leest');
    });
  });

  describe('answerQuestion and editAnswer', () => {
    it('refuse and warn before anything is saved or notified; confirmed and ordinary answers are saved', async () => {
      const { threadId } = await aQuestion();
      const { agent } = await signedIn();
      const before = await counts();

      expectRefused(
        await gql(agent, ANSWER, { input: { threadId, body: `<p>bsn: ${BSN}</p>` } }),
        'body',
      );
      const body = '<p>Vraag het aan de ouders van <em>Daan</em> uit groep 5.</p>';
      const warned = await gql(agent, ANSWER, { input: { threadId, body } });
      expectWarned(warned, [
        {
          field: 'body',
          kind: 'PUPIL_NAME',
          in: 'Vraag het aan de ouders van Daan uit groep 5.',
          text: 'Daan',
        },
      ]);
      expect(await counts()).toEqual(before);

      const confirmed = await gql(agent, ANSWER, {
        input: { threadId, body, confirmPrivacyWarning: true },
      });
      expect(confirmed.errors).toBeUndefined();
      const ordinary = await gql(agent, ANSWER, {
        input: { threadId, body: '<p>Probeer dagelijks tien minuten duolezen.</p>' },
      });
      expect(ordinary.errors).toBeUndefined();
      const after = await counts();
      expect(after.answers).toBe(before.answers + 2);
      expect(after.notifications).toBe(before.notifications + 2); // the asker, once per answer

      const answerId = ordinary.data?.answerQuestion.id as string;
      expectRefused(
        await gql(agent, EDIT_ANSWER, { input: { answerId, body: `<p>${BSN}</p>` } }),
        'body',
      );
      const editWarned = await gql(agent, EDIT_ANSWER, {
        input: { answerId, body: '<p>Geboren 3-4-2017, dus jong.</p>' },
      });
      expectWarned(editWarned, [
        {
          field: 'body',
          kind: 'DATE_OF_BIRTH',
          in: 'Geboren 3-4-2017, dus jong.',
          text: '3-4-2017',
        },
      ]);
      const [{ body_text: unchanged }] = await t.dataSource.query(
        `SELECT body_text FROM answer WHERE id = $1`,
        [answerId],
      );
      expect(unchanged).toBe('Probeer dagelijks tien minuten duolezen.');
      const editConfirmed = await gql(agent, EDIT_ANSWER, {
        input: {
          answerId,
          body: '<p>Geboren 3-4-2017, dus jong.</p>',
          confirmPrivacyWarning: true,
        },
      });
      expect(editConfirmed.errors).toBeUndefined();
      const editOrdinary = await gql(agent, EDIT_ANSWER, {
        input: { answerId, body: '<p>Probeer dagelijks een kwartier duolezen.</p>' },
      });
      expect(editOrdinary.data?.editAnswer.body).toBe(
        '<p>Probeer dagelijks een kwartier duolezen.</p>',
      );
    });
  });

  describe('reportContent', () => {
    it('checks the reason; nothing is stored or sent to moderators until it passes', async () => {
      await aMember(t.dataSource, { platformRole: PlatformRole.MODERATOR });
      const { threadId } = await aQuestion();
      const { agent } = await signedIn();
      const report = (reason: string, confirmPrivacyWarning?: boolean) =>
        gql(agent, REPORT, {
          input: { targetType: 'THREAD', targetId: threadId, reason, confirmPrivacyWarning },
        });
      const before = await counts();
      expectRefused(await report(`Hier staat een BSN in: ${BSN}`), 'reason');
      const reason = 'De naam van mijn leerling Daan staat erin.';
      expectWarned(await report(reason), [
        { field: 'reason', kind: 'PUPIL_NAME', in: reason, text: 'Daan' },
      ]);
      expect(await counts()).toEqual(before);
      expect((await report(reason, true)).data?.reportContent).toBe(true);
      expect((await report('Dit is reclame.')).data?.reportContent).toBe(true);
      const after = await counts();
      expect(after.reports).toBe(before.reports + 2);
      expect(after.notifications).toBeGreaterThan(before.notifications);
    });
  });

  describe('updateMyProfile', () => {
    it('checks headline, bio, tags and expertise descriptions; a stopped update changes nothing', async () => {
      const { member, agent } = await signedIn();
      const first = await gql(agent, PROFILE, { input: { bio: 'Leerkracht groep 5.' } });
      expect(first.errors).toBeUndefined();
      const bio = async () =>
        (
          await t.dataSource.query(`SELECT bio FROM expertise_profile WHERE member_id = $1`, [
            member.id,
          ])
        )[0].bio;

      expectRefused(await gql(agent, PROFILE, { input: { bio: `Mijn BSN is ${BSN}.` } }), 'bio');
      const description = 'Begeleid onder andere mijn leerling Daan (groep 5).';
      const input = {
        bio: 'Intern begeleider.',
        expertise: [
          { domain: 'taal-lezen', subtopics: ['dyslexie'], level: 'GEVORDERD', description },
        ],
      };
      const warned = await gql(agent, PROFILE, { input });
      expectWarned(warned, [
        { field: 'expertise.0.description', kind: 'PUPIL_NAME', in: description, text: 'Daan' },
      ]);
      expect(await bio()).toBe('Leerkracht groep 5.');

      const confirmed = await gql(agent, PROFILE, {
        input: { ...input, confirmPrivacyWarning: true },
      });
      expect(confirmed.errors).toBeUndefined();
      expect(confirmed.data?.updateMyProfile.profile.expertise[0].description).toBe(description);

      const ordinary = await gql(agent, PROFILE, {
        input: { headline: 'Specialist lezen', bio: 'Hoi, ik ben Sanne, IB’er in Ede.' },
      });
      expect(ordinary.errors).toBeUndefined();
      expect(await bio()).toBe('Hoi, ik ben Sanne, IB’er in Ede.');
    });
  });

  describe('createEvent, updateEvent and cancelEvent', () => {
    it('check title, description and cancellation reason; nothing is saved or mailed until they pass', async () => {
      const { agent } = await signedIn(PlatformRole.COORDINATOR);
      const base = { title: 'Leesoverleg', startsAt: inDays(7) };
      const before = await counts();
      expectRefused(
        await gql(agent, CREATE_EVENT, { input: { ...base, title: `Overleg ${BSN}` } }),
        'title',
      );
      const description = 'Casus: een meisje, geb. 03/04/2017, dat niet leest.';
      expectWarned(await gql(agent, CREATE_EVENT, { input: { ...base, description } }), [
        { field: 'description', kind: 'DATE_OF_BIRTH', in: description, text: '03/04/2017' },
      ]);
      expect(await counts()).toEqual(before);

      const confirmed = await gql(agent, CREATE_EVENT, {
        input: { ...base, description, confirmPrivacyWarning: true },
      });
      expect(confirmed.errors).toBeUndefined();
      const ordinary = await gql(agent, CREATE_EVENT, {
        input: {
          ...base,
          description: 'Op 3-4-2026 bespreken we groep 5. Locatie: Kerkstraat 12, Ede.',
          location: 'Kerkstraat 12, 6711 AB Ede',
        },
      });
      expect(ordinary.errors).toBeUndefined();
      const id = ordinary.data?.createEvent.id as string;

      expectRefused(
        await gql(agent, UPDATE_EVENT, { input: { id, description: `BSN ${BSN}` } }),
        'description',
      );
      const named = 'Over mijn leerling Daan (groep 5).';
      expectWarned(await gql(agent, UPDATE_EVENT, { input: { id, description: named } }), [
        { field: 'description', kind: 'PUPIL_NAME', in: named, text: 'Daan' },
      ]);
      const [{ description: kept }] = await t.dataSource.query(
        `SELECT description FROM event WHERE id = $1`,
        [id],
      );
      expect(kept).toBe('Op 3-4-2026 bespreken we groep 5. Locatie: Kerkstraat 12, Ede.');
      const updated = await gql(agent, UPDATE_EVENT, {
        input: { id, description: named, confirmPrivacyWarning: true },
      });
      expect(updated.data?.updateEvent.description).toBe(named);

      const participant = await signedIn();
      expect((await gql(participant.agent, REGISTER, { id })).data?.registerForEvent.status).toBe(
        'CONFIRMED',
      );
      const mailsBefore = (await counts()).mails;
      const reason = 'Mijn zoon Tim is ziek.';
      expectWarned(await gql(agent, CANCEL_EVENT, { input: { eventId: id, reason } }), [
        { field: 'reason', kind: 'PUPIL_NAME', in: reason, text: 'Tim' },
      ]);
      expectRefused(
        await gql(agent, CANCEL_EVENT, { input: { eventId: id, reason: BSN } }),
        'reason',
      );
      const [{ status }] = await t.dataSource.query(`SELECT status FROM event WHERE id = $1`, [id]);
      expect(status).toBe('PUBLISHED');
      expect((await counts()).mails).toBe(mailsBefore);
      const cancelled = await gql(agent, CANCEL_EVENT, {
        input: { eventId: id, reason: 'De spreker is ziek.' },
      });
      expect(cancelled.data?.cancelEvent.status).toBe('CANCELLED');
      expect((await counts()).mails).toBe(mailsBefore + 1);
    });
  });

  describe('searchExperts', () => {
    async function logged(searcherId: string): Promise<string[]> {
      await t.app.get(MatchingService).flushSearchLog();
      const rows: { query: string }[] = await t.dataSource.query(
        `SELECT query FROM search_log WHERE searcher_id = $1 ORDER BY created_at, id`,
        [searcherId],
      );
      return rows.map((r) => r.query);
    }

    it('searches as before, but logs no BSN and a flagged name only as analysed terms', async () => {
      const { member, agent } = await signedIn();
      const plain = await gql(agent, SEARCH, { q: 'dyslexie technisch lezen' });
      const withBsn = await gql(agent, SEARCH, { q: `dyslexie ${BSN} technisch lezen` });
      expect(plain.errors).toBeUndefined();
      expect(withBsn.errors).toBeUndefined();
      expect(withBsn.data?.searchExperts.total).toBe(plain.data?.searchExperts.total);
      expect(withBsn.data?.searchExperts.total).toBeGreaterThan(0);

      const named = await gql(agent, SEARCH, { q: 'mijn leerling Daan heeft dyslexie' });
      expect(named.errors).toBeUndefined();
      expect(named.data?.searchExperts.total).toBeGreaterThan(0);

      const log = await logged(member.id);
      expect(log).toHaveLength(3);
      expect(log[0]).toBe('dyslexie technisch lezen');
      expect(log[1]).toBe('dyslexie technisch lezen');
      expect(log.join(' ')).not.toContain(BSN);
      expect(log[2]).not.toMatch(/daan/i);
      expect(log[2].split(' ')).toContain('dyslexie');
    });

    it('logs the routing search of a confirmed question without the pupil’s name', async () => {
      const { member, agent } = await signedIn();
      const res = await gql(agent, ASK, {
        input: { title: NAME_TITLE, body: ORDINARY_BODY, confirmPrivacyWarning: true },
      });
      expect(res.errors).toBeUndefined();
      const log = await logged(member.id);
      expect(log.length).toBeGreaterThan(0);
      for (const query of log) expect(query).not.toMatch(/daan/i);
    });
  });
});
