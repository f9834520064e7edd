import { MemberEntity, PlatformRole } from '../src/members/member.entity';
import { ProfileImportService } from '../src/profiles/profile-import.service';
import { RoutingService } from '../src/threads/routing.service';
import { aMember, TEST_PASSWORD } from './factories';
import { QueryCounter } from './query-counter';
import { createTestApp, errorCode, gql, TestApp } from './test-app';

const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { id } }`;
const CREATE_GROUP = `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id name visibility memberCount } }`;
const JOIN = `mutation($id: ID!) { joinGroup(input: { groupId: $id }) { status group { id } } }`;
const ASK = `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id title body subtopics { slug } domains { slug } } }`;
const ANSWER = `mutation($id: ID!, $body: String!) { answerQuestion(input: { threadId: $id, body: $body }) { id body } }`;

describe('groups and Q&A threads', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ ROUTING_NOTIFY_TOP: '2', ROUTING_MAX_PER_EXPERT_PER_WEEK: '2' });
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

  async function aGroup(visibility: 'OPEN' | 'ON_REQUEST' | 'CLOSED') {
    const owner = await signedIn();
    const res = await gql(owner.agent, CREATE_GROUP, {
      input: { name: `Groep ${visibility} ${Math.random()}`, visibility },
    });
    expect(res.errors).toBeUndefined();
    const id = res.data?.createGroup.id as string;
    const thread = await gql(owner.agent, ASK, {
      input: { groupId: id, title: 'Geheime vraag', body: '<p>Inhoud</p>' },
    });
    expect(thread.errors).toBeUndefined();
    return { id, owner, threadId: thread.data?.askQuestion.id as string };
  }

  const CONTENT = `query($id: ID!) { group(id: $id) { id name canSeeContent members { total } } }`;
  const THREAD = `query($id: ID!) { thread(id: $id) { id title } }`;

  it('OPEN: everyone reads, anyone joins at once', async () => {
    const { id, threadId } = await aGroup('OPEN');
    const outsider = await signedIn();
    expect((await gql(outsider.agent, THREAD, { id: threadId })).data?.thread.title).toBe(
      'Geheime vraag',
    );
    expect((await gql(outsider.agent, JOIN, { id })).data?.joinGroup.status).toBe('ACTIVE');
    // Joining again returns the same membership, no second row.
    expect((await gql(outsider.agent, JOIN, { id })).data?.joinGroup.status).toBe('ACTIVE');
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM group_membership WHERE group_id = $1`,
      [id],
    );
    expect(n).toBe(2);
  });

  it('ON_REQUEST: visible, content FORBIDDEN until an admin approves', async () => {
    const { id, owner, threadId } = await aGroup('ON_REQUEST');
    const outsider = await signedIn();
    const group = await gql(
      outsider.agent,
      `query($id: ID!) { group(id: $id) { name canSeeContent } }`,
      { id },
    );
    expect(group.data?.group.canSeeContent).toBe(false);
    expect(errorCode(await gql(outsider.agent, CONTENT, { id }))).toBe('FORBIDDEN');
    expect(errorCode(await gql(outsider.agent, THREAD, { id: threadId }))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await gql(
          outsider.agent,
          `query($id: ID!) { threads(filter: { groupId: $id }) { total } }`,
          { id },
        ),
      ),
    ).toBe('FORBIDDEN');
    const all = await gql(outsider.agent, `{ threads { nodes { id } } }`);
    expect(all.data?.threads.nodes.map((n: { id: string }) => n.id)).not.toContain(threadId);
    expect(errorCode(await gql(outsider.agent, ANSWER, { id: threadId, body: 'x' }))).toBe(
      'FORBIDDEN',
    );

    expect((await gql(outsider.agent, JOIN, { id })).data?.joinGroup.status).toBe('PENDING');
    expect(errorCode(await gql(outsider.agent, THREAD, { id: threadId }))).toBe('FORBIDDEN');
    const notes = await gql(owner.agent, `{ myNotifications { nodes { kind } } }`);
    expect(notes.data?.myNotifications.nodes.map((n: { kind: string }) => n.kind)).toContain(
      'group.request',
    );
    // Another member cannot approve; the group admin can.
    const other = await signedIn();
    const approve = `mutation($g: ID!, $m: ID!) { approveGroupMember(input: { groupId: $g, memberId: $m }) { status } }`;
    expect(errorCode(await gql(other.agent, approve, { g: id, m: outsider.member.id }))).toBe(
      'FORBIDDEN',
    );
    expect(
      (await gql(owner.agent, approve, { g: id, m: outsider.member.id })).data?.approveGroupMember
        .status,
    ).toBe('ACTIVE');
    expect((await gql(outsider.agent, THREAD, { id: threadId })).data?.thread.title).toBe(
      'Geheime vraag',
    );
  });

  it('CLOSED: invisible to outsiders (NOT_FOUND), members come in by invitation', async () => {
    const { id, owner, threadId } = await aGroup('CLOSED');
    const outsider = await signedIn();
    expect((await gql(outsider.agent, CONTENT, { id })).data?.group).toBeNull();
    const groups = await gql(outsider.agent, `{ groups { id } }`);
    expect(groups.data?.groups.map((g: { id: string }) => g.id)).not.toContain(id);
    expect(errorCode(await gql(outsider.agent, THREAD, { id: threadId }))).toBe('NOT_FOUND');
    expect(errorCode(await gql(outsider.agent, JOIN, { id }))).toBe('NOT_FOUND');
    expect(errorCode(await gql(outsider.agent, ANSWER, { id: threadId, body: 'x' }))).toBe(
      'NOT_FOUND',
    );
    const invite = `mutation($g: ID!, $m: ID!) { inviteToGroup(input: { groupId: $g, memberId: $m }) { status } }`;
    expect(
      (await gql(owner.agent, invite, { g: id, m: outsider.member.id })).data?.inviteToGroup.status,
    ).toBe('INVITED');
    expect(errorCode(await gql(outsider.agent, THREAD, { id: threadId }))).toBe('FORBIDDEN');
    expect((await gql(outsider.agent, JOIN, { id })).data?.joinGroup.status).toBe('ACTIVE');
    expect((await gql(outsider.agent, THREAD, { id: threadId })).data?.thread.title).toBe(
      'Geheime vraag',
    );
    // Removed again: the content is gone with the membership.
    const remove = `mutation($g: ID!, $m: ID!) { removeFromGroup(input: { groupId: $g, memberId: $m }) }`;
    expect(
      (await gql(owner.agent, remove, { g: id, m: outsider.member.id })).data?.removeFromGroup,
    ).toBe(true);
    expect(errorCode(await gql(outsider.agent, THREAD, { id: threadId }))).toBe('NOT_FOUND');
  });

  it('lets only the asker or a moderator accept an answer', async () => {
    const asker = await signedIn();
    const helper = await signedIn();
    const stranger = await signedIn();
    const moderator = await signedIn(PlatformRole.MODERATOR);
    const thread = await gql(asker.agent, ASK, {
      input: { title: 'Rekenen in groep 3', body: '<p>Tips?</p>' },
    });
    const threadId = thread.data?.askQuestion.id;
    const answer = await gql(helper.agent, ANSWER, {
      id: threadId,
      body: '<p>Gebruik het rekenrek.</p>',
    });
    const answerId = answer.data?.answerQuestion.id;
    const accept = `mutation($id: ID!) { acceptAnswer(input: { answerId: $id }) { acceptedAnswer { id } } }`;
    expect(errorCode(await gql(stranger.agent, accept, { id: answerId }))).toBe('FORBIDDEN');
    expect(errorCode(await gql(helper.agent, accept, { id: answerId }))).toBe('FORBIDDEN');
    expect(
      (await gql(asker.agent, accept, { id: answerId })).data?.acceptAnswer.acceptedAnswer.id,
    ).toBe(answerId);
    expect(
      (await gql(moderator.agent, accept, { id: answerId })).data?.acceptAnswer.acceptedAnswer.id,
    ).toBe(answerId);
    const notes = await gql(helper.agent, `{ myNotifications { nodes { kind } } }`);
    expect(notes.data?.myNotifications.nodes.map((n: { kind: string }) => n.kind)).toEqual([
      'answer.accepted',
    ]);
    const askerNotes = await gql(asker.agent, `{ myNotifications { nodes { kind } } }`);
    expect(askerNotes.data?.myNotifications.nodes.map((n: { kind: string }) => n.kind)).toEqual([
      'question.answered',
    ]);
  });

  it('sanitises rich text on the server and notifies @mentions', async () => {
    const asker = await signedIn();
    const mentioned = await signedIn();
    const body =
      `<p onclick="alert(1)">Hoi <span data-type="mention" data-id="${mentioned.member.id}">@collega</span></p>` +
      '<script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a><a href="https://slo.nl">slo</a>';
    const res = await gql(asker.agent, ASK, { input: { title: 'Vraag', body } });
    const html: string = res.data?.askQuestion.body;
    expect(html).not.toMatch(/script|onerror|onclick|javascript:|<img/i);
    expect(html).toContain('href="https://slo.nl"');
    const notes = await gql(mentioned.agent, `{ myNotifications { nodes { kind link } } }`);
    expect(notes.data?.myNotifications.nodes).toEqual([
      { kind: 'mention', link: `/vragen/${res.data?.askQuestion.id}` },
    ]);
    const empty = await gql(asker.agent, ASK, {
      input: { title: 'Leeg', body: '<script>alert(1)</script>' },
    });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
  });

  it('routes a new question to the best experts, leaving out the asker, opted-out and capped colleagues', async () => {
    const importer = t.app.get(ProfileImportService);
    const expert = (i: number, open = true) => ({
      email: `mutisme${i}@school.example`,
      name: `Expert ${i}`,
      role: 'leerkracht',
      bio: 'Ik begeleid kinderen met selectief mutisme in de klas.',
      tags: ['mutisme'],
      open_for_questions: open,
      expertise: [
        {
          domain: 'spraak-taal',
          subtopics: ['selectief-mutisme'],
          level: i === 1 ? 'specialist' : 'gevorderd',
          source: 'cursus',
          offers: ['observatie'],
        },
      ],
    });
    const report = await importer.importRecords(
      [1, 2, 3, 4].map((i) => ({ line: i, record: expert(i, i !== 4) })),
      { passwordHash: 'x' },
    );
    expect(report.rejected).toEqual([]);
    const experts: MemberEntity[] = await t.dataSource.query(
      `SELECT id, email FROM member WHERE email LIKE 'mutisme%' ORDER BY email`,
    );
    const idOf = (i: number) => experts.find((e) => e.email === `mutisme${i}@school.example`)!.id;

    const asker = await signedIn();
    const ask = (title: string) =>
      gql(asker.agent, ASK, {
        input: { title, body: '<p>Een kleuter praat niet in de klas: selectief mutisme?</p>' },
      });
    const first = await ask('Kleuter die niet praat in de klas');
    expect(first.data?.askQuestion.subtopics.map((s: { slug: string }) => s.slug)).toContain(
      'selectief-mutisme',
    );
    const threadId = first.data?.askQuestion.id;
    const suggested = await gql(
      asker.agent,
      `query($id: ID!) { thread(id: $id) { suggestedExperts { member { id } reasons } } }`,
      { id: threadId },
    );
    const ids = suggested.data?.thread.suggestedExperts.map(
      (s: { member: { id: string } }) => s.member.id,
    );
    expect(ids[0]).toBe(idOf(1));
    expect(ids).not.toContain(idOf(4)); // opted out
    expect(ids).not.toContain(asker.member.id);
    expect(suggested.data?.thread.suggestedExperts[0].reasons.join(' ')).toMatch(/mutisme/i);
    const routed = await t.dataSource.query(
      `SELECT member_id FROM thread_suggestion WHERE thread_id = $1 AND routed_at IS NOT NULL ORDER BY rank`,
      [threadId],
    );
    expect(routed).toHaveLength(2); // ROUTING_NOTIFY_TOP
    const notified = await t.dataSource.query(
      `SELECT member_id FROM notification WHERE kind = 'question.routed'`,
    );
    expect(notified.map((n: { member_id: string }) => n.member_id).sort()).toEqual(
      routed.map((r: { member_id: string }) => r.member_id).sort(),
    );

    // Running the routing job again changes nothing.
    expect(await t.app.get(RoutingService).route(threadId)).toBe(0);

    // The weekly cap (2): after two routed questions an expert is no longer suggested.
    await ask('Tweede vraag over een stil kind');
    const third = await ask('Derde vraag over mutisme');
    const thirdIds = (
      await gql(
        asker.agent,
        `query($id: ID!) { thread(id: $id) { suggestedExperts { member { id } } } }`,
        { id: third.data?.askQuestion.id },
      )
    ).data?.thread.suggestedExperts.map((s: { member: { id: string } }) => s.member.id);
    const [{ n: routedToBest }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM thread_suggestion WHERE member_id = $1 AND routed_at IS NOT NULL`,
      [idOf(1)],
    );
    expect(routedToBest).toBe(2);
    expect(thirdIds).not.toContain(idOf(1));
  });

  it('asks one colleague by hand with "Vraag een collega"', async () => {
    const asker = await signedIn();
    const colleague = await signedIn();
    const thread = await gql(asker.agent, ASK, {
      input: { title: 'Wie weet iets van NT2?', body: '<p>Nieuwkomers</p>' },
    });
    const res = await gql(
      asker.agent,
      `mutation($t: ID!, $m: ID!) { askColleague(input: { threadId: $t, memberId: $m }) }`,
      {
        t: thread.data?.askQuestion.id,
        m: colleague.member.id,
      },
    );
    expect(res.data?.askColleague).toBe(true);
    const notes = await gql(colleague.agent, `{ myNotifications { nodes { kind title } } }`);
    expect(notes.data?.myNotifications.nodes[0]).toMatchObject({ kind: 'question.asked' });
  });

  it('shows a thread with 50 answers in a bounded number of SQL statements', async () => {
    const asker = await signedIn();
    const thread = await gql(asker.agent, ASK, {
      input: { title: 'Veel antwoorden', body: '<p>Wie?</p>' },
    });
    const threadId = thread.data?.askQuestion.id;
    const authors = await Promise.all(Array.from({ length: 5 }, () => aMember(t.dataSource)));
    await t.dataSource.query(
      `INSERT INTO answer (thread_id, author_id, body, body_text)
       SELECT $1, ($2::uuid[])[1 + i % 5], '<p>Antwoord ' || i || '</p>', 'Antwoord ' || i FROM generate_series(1, 50) i`,
      [threadId, authors.map((a) => a.id)],
    );
    const query = `query($id: ID!) { thread(id: $id) {
      title author { name school { name } } group { name } domains { label } subtopics { label }
      acceptedAnswer { id } suggestedExperts { member { name } reasons }
      answers { id body helpfulCount accepted votedHelpful author { name roleLabel school { name } } }
    } }`;
    await gql(asker.agent, query, { id: threadId });
    const { result, queries } = await QueryCounter.count(t.dataSource, () =>
      gql(asker.agent, query, { id: threadId }),
    );
    expect(result.data?.thread.answers).toHaveLength(50);
    expect(queries.length).toBeLessThanOrEqual(12);
  });
});
