import { MemberStatus, PlatformRole } from '../src/members/member.entity';
import { aMember, TEST_PASSWORD } from './factories';
import { createTestApp, errorCode, gql, TestApp } from './test-app';

const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { id } }`;
const ASK = `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id } }`;
const ANSWER = `mutation($id: ID!, $body: String!) { answerQuestion(input: { threadId: $id, body: $body }) { id } }`;
const REPORT = `mutation($type: ReportTarget!, $id: ID!, $reason: String!) { reportContent(input: { targetType: $type, targetId: $id, reason: $reason }) }`;
const HIDE = `mutation($type: ReportTarget!, $id: ID!, $hidden: Boolean!) { hideContent(input: { targetType: $type, targetId: $id, hidden: $hidden }) }`;
const DISMISS = `mutation($type: ReportTarget!, $id: ID!) { dismissReports(input: { targetType: $type, targetId: $id }) }`;
const CONTACT = `mutation($type: ReportTarget!, $id: ID!, $message: String!) { contactAuthor(input: { targetType: $type, targetId: $id, message: $message }) }`;
const COUNT = `{ openModerationCount }`;
const QUEUE = `query($status: ModerationStatus!) {
  moderationQueue(status: $status, first: 50) {
    total
    nodes {
      id targetType targetId threadId title excerpt hidden reportCount
      author { id name }
      reports { reason reporter { id name } createdAt }
      resolution resolvedAt resolvedBy { id name }
    }
  }
}`;
const AUDIT = `{ auditLog(first: 50) { nodes { action targetType targetId summary link actor { id } } } }`;
const NOTES = `{ myNotifications { nodes { kind title body link } } }`;

type Case = {
  id: string;
  targetType: string;
  targetId: string;
  threadId: string | null;
  title: string | null;
  excerpt: string | null;
  hidden: boolean;
  reportCount: number;
  author: { id: string; name: string } | null;
  reports: { reason: string; reporter: { id: string; name: string } | null }[];
  resolution: string | null;
  resolvedAt: string | null;
  resolvedBy: { id: string; name: string } | null;
};

/**
 * Beheer → Moderatie: reported posts grouped per post, with the reasons and the count; hide,
 * dismiss and contact the author, each in the audit log; resolved reports with who resolved them.
 */
describe('moderation queue', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function signedIn(role = PlatformRole.MEMBER, name?: string) {
    const member = await aMember(t.dataSource, { platformRole: role, name });
    const agent = t.agent();
    const res = await gql(agent, LOGIN, { email: member.email, password: TEST_PASSWORD });
    expect(res.errors).toBeUndefined();
    return { member, agent };
  }
  type Who = Awaited<ReturnType<typeof signedIn>>;

  async function ask(who: Who, title: string, body = '<p>Wie heeft tips?</p>') {
    const res = await gql(who.agent, ASK, { input: { title, body } });
    expect(res.errors).toBeUndefined();
    return res.data?.askQuestion.id as string;
  }

  async function report(who: Who, type: 'THREAD' | 'ANSWER', id: string, reason: string) {
    const res = await gql(who.agent, REPORT, { type, id, reason });
    expect(res.errors).toBeUndefined();
  }

  async function queue(who: Who, status: 'OPEN' | 'RESOLVED'): Promise<Case[]> {
    const res = await gql(who.agent, QUEUE, { status });
    expect(res.errors).toBeUndefined();
    return res.data?.moderationQueue.nodes as Case[];
  }

  const caseOf = (cases: Case[], targetId: string) => cases.filter((c) => c.targetId === targetId);

  async function auditFor(admin: Who, targetId: string) {
    const res = await gql(admin.agent, AUDIT);
    expect(res.errors).toBeUndefined();
    return (res.data?.auditLog.nodes as { action: string; targetId: string; summary: string }[])
      .filter((entry) => entry.targetId === targetId)
      .map(({ action, summary }) => ({ action, summary }));
  }

  it('is for moderators and admins only', async () => {
    const member = await signedIn();
    const coordinator = await signedIn(PlatformRole.COORDINATOR);
    for (const who of [member, coordinator]) {
      expect(errorCode(await gql(who.agent, QUEUE, { status: 'OPEN' }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(who.agent, COUNT))).toBe('FORBIDDEN');
    }
    for (const role of [PlatformRole.MODERATOR, PlatformRole.ADMIN]) {
      const who = await signedIn(role);
      const res = await gql(who.agent, QUEUE, { status: 'OPEN' });
      expect(res.errors).toBeUndefined();
      expect(typeof (await gql(who.agent, COUNT)).data?.openModerationCount).toBe('number');
    }
  });

  it('lists each reported post once, with its content, every reason and the report count', async () => {
    const moderator = await signedIn(PlatformRole.MODERATOR);
    const countBefore = (await gql(moderator.agent, COUNT)).data?.openModerationCount as number;
    const author = await signedIn(PlatformRole.MEMBER, 'Anouk Auteur');
    const helper = await signedIn(PlatformRole.MEMBER, 'Henk Helper');
    const first = await signedIn(PlatformRole.MEMBER, 'Fatima Eerste');
    const second = await signedIn(PlatformRole.MEMBER, 'Sem Tweede');
    const threadId = await ask(author, 'Verkoop van lesmateriaal', '<p>Koop mijn <b>map</b>!</p>');
    const answer = await gql(helper.agent, ANSWER, { id: threadId, body: '<p>Niet doen.</p>' });
    const answerId = answer.data?.answerQuestion.id as string;

    await report(first, 'THREAD', threadId, 'Reclame');
    await report(second, 'THREAD', threadId, '  Dit is spam  ');
    await report(first, 'ANSWER', answerId, 'Onaardig');

    expect((await gql(moderator.agent, COUNT)).data?.openModerationCount).toBe(countBefore + 2);
    const open = await queue(moderator, 'OPEN');
    const [question] = caseOf(open, threadId);
    expect(caseOf(open, threadId)).toHaveLength(1);
    expect(question).toMatchObject({
      targetType: 'THREAD',
      threadId,
      title: 'Verkoop van lesmateriaal',
      excerpt: 'Koop mijn map!',
      hidden: false,
      reportCount: 2,
      author: { id: author.member.id, name: 'Anouk Auteur' },
      resolution: null,
      resolvedAt: null,
      resolvedBy: null,
    });
    expect(question?.reports.map((r) => [r.reason, r.reporter?.name])).toEqual([
      ['Reclame', 'Fatima Eerste'],
      ['Dit is spam', 'Sem Tweede'],
    ]);
    expect(caseOf(open, answerId)[0]).toMatchObject({
      targetType: 'ANSWER',
      threadId,
      title: 'Verkoop van lesmateriaal',
      excerpt: 'Niet doen.',
      reportCount: 1,
      author: { id: helper.member.id },
    });
  });

  it('hides a post: its reports are resolved as hidden, by whom, and the action is audited', async () => {
    const moderator = await signedIn(PlatformRole.MODERATOR, 'Mo Derator');
    const admin = await signedIn(PlatformRole.ADMIN);
    const author = await signedIn();
    const reporter = await signedIn();
    const threadId = await ask(author, 'Een vraag die weg moet');
    await report(reporter, 'THREAD', threadId, 'Persoonsgegevens van een leerling');

    const hidden = await gql(moderator.agent, HIDE, { type: 'THREAD', id: threadId, hidden: true });
    expect(hidden.errors).toBeUndefined();

    expect(caseOf(await queue(moderator, 'OPEN'), threadId)).toEqual([]);
    const [resolved] = caseOf(await queue(moderator, 'RESOLVED'), threadId);
    expect(resolved).toMatchObject({
      hidden: true,
      reportCount: 1,
      resolution: 'HIDDEN',
      resolvedBy: { id: moderator.member.id, name: 'Mo Derator' },
    });
    expect(resolved?.resolvedAt).toEqual(expect.any(String));
    expect(await auditFor(admin, threadId)).toEqual([
      { action: 'content.hidden', summary: 'Vraag "Een vraag die weg moet" verborgen' },
    ]);
  });

  it('dismisses the reports of a post that may stay, and audits it', async () => {
    const moderator = await signedIn(PlatformRole.MODERATOR);
    const admin = await signedIn(PlatformRole.ADMIN);
    const author = await signedIn();
    const reporter = await signedIn();
    const threadId = await ask(author, 'Een gewone vraag');
    await report(reporter, 'THREAD', threadId, 'Vind ik niks');

    const res = await gql(moderator.agent, DISMISS, { type: 'THREAD', id: threadId });
    expect(res.errors).toBeUndefined();
    expect(res.data?.dismissReports).toBe(true);

    expect(caseOf(await queue(moderator, 'OPEN'), threadId)).toEqual([]);
    expect(caseOf(await queue(moderator, 'RESOLVED'), threadId)[0]).toMatchObject({
      hidden: false,
      resolution: 'DISMISSED',
      resolvedBy: { id: moderator.member.id },
    });
    expect(await auditFor(admin, threadId)).toEqual([
      {
        action: 'content.reports_dismissed',
        summary: 'Meldingen bij vraag "Een gewone vraag" afgewezen',
      },
    ]);

    // Nothing open any more: a second dismissal is refused, naming the post.
    const again = await gql(moderator.agent, DISMISS, { type: 'THREAD', id: threadId });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.extensions?.['field']).toBe('targetId');
  });

  it('a new report after a decision opens a new case; the old one stays resolved', async () => {
    const moderator = await signedIn(PlatformRole.MODERATOR);
    const author = await signedIn();
    const reporter = await signedIn();
    const threadId = await ask(author, 'Een vraag die terugkomt');
    await report(reporter, 'THREAD', threadId, 'Eerste melding');
    await gql(moderator.agent, DISMISS, { type: 'THREAD', id: threadId });
    await report(reporter, 'THREAD', threadId, 'Tweede melding');

    const [open] = caseOf(await queue(moderator, 'OPEN'), threadId);
    expect(open?.reports.map((r) => r.reason)).toEqual(['Tweede melding']);
    const resolved = caseOf(await queue(moderator, 'RESOLVED'), threadId);
    expect(resolved.map((c) => c.reports.map((r) => r.reason))).toEqual([['Eerste melding']]);
    expect(open?.id).not.toBe(resolved[0]?.id);
  });

  it('contacts the author with a message (in the bell), keeps the case open, and audits it', async () => {
    const moderator = await signedIn(PlatformRole.MODERATOR);
    const admin = await signedIn(PlatformRole.ADMIN);
    const author = await signedIn();
    const reporter = await signedIn();
    const threadId = await ask(author, 'Een vraag met een naam erin');
    await report(reporter, 'THREAD', threadId, 'Er staat een leerlingnaam in');

    const message = 'Wil je de naam van de leerling uit je vraag halen?';
    const res = await gql(moderator.agent, CONTACT, { type: 'THREAD', id: threadId, message });
    expect(res.errors).toBeUndefined();
    expect(res.data?.contactAuthor).toBe(true);

    const notes = await gql(author.agent, NOTES);
    expect(notes.data?.myNotifications.nodes).toContainEqual({
      kind: 'moderation.message',
      title: 'Bericht van een moderator over "Een vraag met een naam erin"',
      body: message,
      link: `/vragen/${threadId}`,
    });
    expect(caseOf(await queue(moderator, 'OPEN'), threadId)).toHaveLength(1);
    expect(await auditFor(admin, threadId)).toEqual([
      {
        action: 'content.author_contacted',
        summary: 'Auteur van vraag "Een vraag met een naam erin" benaderd',
      },
    ]);

    const empty = await gql(moderator.agent, CONTACT, {
      type: 'THREAD',
      id: threadId,
      message: ' ',
    });
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    expect(empty.errors?.[0]?.extensions?.['field']).toBe('message');
  });

  it('refuses an author who left and posts that do not exist', async () => {
    const moderator = await signedIn(PlatformRole.MODERATOR);
    const author = await signedIn();
    const reporter = await signedIn();
    const threadId = await ask(author, 'Een vraag van een oud-lid');
    await report(reporter, 'THREAD', threadId, 'Oud bericht');
    await t.dataSource.query(`UPDATE member SET status = $2 WHERE id = $1`, [
      author.member.id,
      MemberStatus.DEACTIVATED,
    ]);

    const left = await gql(moderator.agent, CONTACT, {
      type: 'THREAD',
      id: threadId,
      message: 'Hoi',
    });
    expect(errorCode(left)).toBe('BAD_USER_INPUT');
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(errorCode(await gql(moderator.agent, DISMISS, { type: 'ANSWER', id: unknown }))).toBe(
      'NOT_FOUND',
    );
    expect(
      errorCode(
        await gql(moderator.agent, CONTACT, { type: 'ANSWER', id: unknown, message: 'Hoi' }),
      ),
    ).toBe('NOT_FOUND');
  });
});
