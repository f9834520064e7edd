import { PlatformRole } from '../src/members/member.entity';
import { DigestService } from '../src/notifications/digest.service';
import { aMember, TEST_PASSWORD } from './factories';
import { createTestApp, errorCode, gql, TestApp } from './test-app';

const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { id } }`;
const ASK = `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id } }`;
const ANSWER = `mutation($id: ID!, $body: String!) { answerQuestion(input: { threadId: $id, body: $body }) { id } }`;
const SET = `mutation($kind: String!, $d: NotificationDelivery!) { setNotificationPreference(input: { kind: $kind, delivery: $d }) { kind delivery label } }`;

describe('notifications: in-app list, preferences, e-mail and the daily digest', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function signedIn(role = PlatformRole.MEMBER) {
    const member = await aMember(t.dataSource, { platformRole: role });
    const agent = t.agent();
    expect(
      (await gql(agent, LOGIN, { email: member.email, password: TEST_PASSWORD })).errors,
    ).toBeUndefined();
    return { member, agent };
  }

  const mailsTo = async (email: string) =>
    (
      await t.dataSource.query(
        `SELECT subject FROM mail_outbox WHERE to_address = $1 ORDER BY created_at`,
        [email],
      )
    ).map((m: { subject: string }) => m.subject);

  it('lists notifications with an unread count and marks them read', async () => {
    const asker = await signedIn();
    const helper = await signedIn();
    const thread = await gql(asker.agent, ASK, { input: { title: 'Vraag A', body: '<p>x</p>' } });
    await gql(helper.agent, ANSWER, { id: thread.data?.askQuestion.id, body: '<p>Antwoord 1</p>' });
    await gql(helper.agent, ANSWER, { id: thread.data?.askQuestion.id, body: '<p>Antwoord 2</p>' });
    const list = await gql(
      asker.agent,
      `{ unreadNotificationCount myNotifications(first: 1) { total unread nodes { id read } } }`,
    );
    expect(list.data?.unreadNotificationCount).toBe(2);
    expect(list.data?.myNotifications).toMatchObject({ total: 2, unread: 2 });
    expect(list.data?.myNotifications.nodes).toHaveLength(1);
    const left = await gql(
      asker.agent,
      `mutation($ids: [ID!]) { markNotificationsRead(input: { ids: $ids }) }`,
      {
        ids: [list.data?.myNotifications.nodes[0].id],
      },
    );
    expect(left.data?.markNotificationsRead).toBe(1);
    expect(
      (await gql(asker.agent, `mutation { markNotificationsRead(input: { all: true }) }`)).data
        ?.markNotificationsRead,
    ).toBe(0);
    // Someone else's notification ids change nothing.
    const other = await signedIn();
    expect(
      (await gql(other.agent, `{ myNotifications { total } }`)).data?.myNotifications.total,
    ).toBe(0);
  });

  it('mails at once, in a digest or not at all, per the member’s preference', async () => {
    const asker = await signedIn();
    const helper = await signedIn();
    const prefs = await gql(asker.agent, `{ notificationPreferences { kind delivery label } }`);
    expect(prefs.data?.notificationPreferences).toContainEqual({
      kind: 'question.answered',
      delivery: 'IMMEDIATE',
      label: 'Antwoorden op mijn vraag',
    });
    const q1 = await gql(asker.agent, ASK, {
      input: { title: 'Direct per mail', body: '<p>x</p>' },
    });
    await gql(helper.agent, ANSWER, { id: q1.data?.askQuestion.id, body: '<p>a</p>' });
    expect(await mailsTo(asker.member.email)).toEqual([
      `${helper.member.name} beantwoordde je vraag: Direct per mail`,
    ]);

    expect(
      (await gql(asker.agent, SET, { kind: 'question.answered', d: 'IN_APP' })).errors,
    ).toBeUndefined();
    const q2 = await gql(asker.agent, ASK, {
      input: { title: 'Alleen in de app', body: '<p>x</p>' },
    });
    await gql(helper.agent, ANSWER, { id: q2.data?.askQuestion.id, body: '<p>a</p>' });
    expect(await mailsTo(asker.member.email)).toHaveLength(1);

    expect(
      (await gql(asker.agent, SET, { kind: 'question.answered', d: 'DIGEST' })).errors,
    ).toBeUndefined();
    const q3 = await gql(asker.agent, ASK, {
      input: { title: 'In de samenvatting', body: '<p>x</p>' },
    });
    await gql(helper.agent, ANSWER, { id: q3.data?.askQuestion.id, body: '<p>a</p>' });
    await gql(helper.agent, ANSWER, { id: q3.data?.askQuestion.id, body: '<p>b</p>' });
    expect(await mailsTo(asker.member.email)).toHaveLength(1);

    const bad = await gql(asker.agent, SET, { kind: 'astrologie', d: 'DIGEST' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
  });

  it('shows and mails notifications in the member’s language', async () => {
    const asker = await signedIn();
    const helper = await signedIn();
    await t.dataSource.query(`UPDATE member SET locale = 'en' WHERE id = $1`, [asker.member.id]);
    const q = await gql(asker.agent, ASK, { input: { title: 'Rekenangst', body: '<p>x</p>' } });
    await gql(helper.agent, ANSWER, { id: q.data?.askQuestion.id, body: '<p>Probeer dit</p>' });
    const mine = (lang: string) =>
      gql(asker.agent, `{ myNotifications { nodes { title body } } }`, undefined, {
        'accept-language': lang,
      });
    expect((await mine('en')).data?.myNotifications.nodes).toEqual([
      { title: `${helper.member.name} answered your question: Rekenangst`, body: 'Probeer dit' },
    ]);
    expect((await mine('nl')).data?.myNotifications.nodes[0].title).toBe(
      `${helper.member.name} beantwoordde je vraag: Rekenangst`,
    );
    const [mail] = await t.dataSource.query(
      `SELECT subject, text_body FROM mail_outbox WHERE to_address = $1`,
      [asker.member.email],
    );
    expect(mail.subject).toBe(`${helper.member.name} answered your question: Rekenangst`);
    expect(mail.text_body).toContain('See it in Deelwijs:');

    await gql(asker.agent, SET, { kind: 'question.answered', d: 'DIGEST' });
    await gql(helper.agent, ANSWER, { id: q.data?.askQuestion.id, body: '<p>Nog een</p>' });
    await t.app.get(DigestService).sendDigests();
    const subjects = await mailsTo(asker.member.email);
    expect(subjects).toContain('Deelwijs: 1 new notification');
  });

  it('sends each digest once, however often (or concurrently) the job runs', async () => {
    const asker = await signedIn();
    const helper = await signedIn();
    await gql(asker.agent, SET, { kind: 'question.answered', d: 'DIGEST' });
    const q = await gql(asker.agent, ASK, {
      input: { title: 'Samenvatting graag', body: '<p>x</p>' },
    });
    await gql(helper.agent, ANSWER, { id: q.data?.askQuestion.id, body: '<p>a</p>' });
    await gql(helper.agent, ANSWER, { id: q.data?.askQuestion.id, body: '<p>b</p>' });
    const digest = t.app.get(DigestService);
    await Promise.all([digest.sendDigests(), digest.sendDigests()]);
    await digest.sendDigests();
    const mails = await t.dataSource.query(
      `SELECT subject, text_body FROM mail_outbox WHERE to_address = $1`,
      [asker.member.email],
    );
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Deelwijs: 2 nieuwe meldingen');
    expect(mails[0].text_body).toContain('Samenvatting graag');
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notification WHERE member_id = $1 AND delivery = 'DIGEST' AND digested_at IS NULL`,
      [asker.member.id],
    );
    expect(n).toBe(0);
    // A new notification after the digest goes into the next one.
    await gql(helper.agent, ANSWER, { id: q.data?.askQuestion.id, body: '<p>c</p>' });
    expect(await digest.sendDigests()).toBe(1);
    expect(await digest.sendDigests()).toBe(0);
    expect(errorCode(await gql(t.agent(), `{ notificationPreferences { kind } }`))).toBe(
      'UNAUTHENTICATED',
    );
  });
});
