import { GroupVisibility, MembershipStatus } from '../src/groups/group.entities';
import { canReadGroupContent } from '../src/groups/group-access.policy';
import { GroupsService } from '../src/groups/groups.service';
import { MemberEntity, MemberStatus, PlatformRole } from '../src/members/member.entity';
import { DigestService } from '../src/notifications/digest.service';
import { ProfileImportService } from '../src/profiles/profile-import.service';
import { RoutingService } from '../src/threads/routing.service';
import { aMember, TEST_PASSWORD } from './factories';
import { createTestApp, errorCode, gql, TestApp } from './test-app';

const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { id } }`;
const ASK = `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id } }`;
const ANSWER = `mutation($id: ID!, $body: String!) { answerQuestion(input: { threadId: $id, body: $body }) { id } }`;
const ACCEPT = `mutation($id: ID!) { acceptAnswer(input: { answerId: $id }) { id } }`;
const HIDE = `mutation($type: ReportTarget!, $id: ID!, $hidden: Boolean!) { hideContent(input: { targetType: $type, targetId: $id, hidden: $hidden }) }`;
const NOTES = `{ myNotifications { nodes { kind title body } } }`;

const mention = (id: string) => `<span data-type="mention" data-id="${id}">@collega</span>`;

/**
 * Who may read what: hidden questions and answers (author and moderators only, on every path),
 * former members (name only), and the one group-content policy behind every caller.
 */
describe('content access', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ ROUTING_NOTIFY_TOP: '3' });
  });
  afterAll(() => t.close());

  async function signedIn(role = PlatformRole.MEMBER) {
    const member = await aMember(t.dataSource, { platformRole: role });
    const agent = t.agent();
    const res = await gql(agent, LOGIN, { email: member.email, password: TEST_PASSWORD });
    expect(res.errors).toBeUndefined();
    return { member, agent };
  }

  async function ask(
    who: Awaited<ReturnType<typeof signedIn>>,
    input: { title: string; body: string; groupId?: string },
  ): Promise<string> {
    const res = await gql(who.agent, ASK, { input });
    expect(res.errors).toBeUndefined();
    return res.data?.askQuestion.id as string;
  }

  describe('hidden answers and questions', () => {
    const SECRET = 'Dit antwoord bevat iets dat niet mag';

    async function hiddenAcceptedAnswer() {
      const asker = await signedIn();
      const helper = await signedIn();
      const moderator = await signedIn(PlatformRole.MODERATOR);
      const threadId = await ask(asker, { title: 'Een vraag over lezen', body: '<p>Tips?</p>' });
      const answer = await gql(helper.agent, ANSWER, { id: threadId, body: `<p>${SECRET}</p>` });
      const answerId = answer.data?.answerQuestion.id as string;
      expect((await gql(asker.agent, ACCEPT, { id: answerId })).errors).toBeUndefined();
      const hidden = await gql(moderator.agent, HIDE, {
        type: 'ANSWER',
        id: answerId,
        hidden: true,
      });
      expect(hidden.data?.hideContent).toBe(true);
      return { asker, helper, moderator, threadId, answerId };
    }

    it('Thread.acceptedAnswer is null for everyone but the author and moderators', async () => {
      const { asker, helper, moderator, threadId, answerId } = await hiddenAcceptedAnswer();
      const other = await signedIn();
      const READ = `query($id: ID!) { thread(id: $id) { acceptedAnswer { id body } answers { id } } }`;
      for (const viewer of [asker, other]) {
        const res = await gql(viewer.agent, READ, { id: threadId });
        expect(res.errors).toBeUndefined();
        expect(res.data?.thread.acceptedAnswer).toBeNull();
        expect(res.data?.thread.answers).toEqual([]);
      }
      for (const viewer of [helper, moderator]) {
        const res = await gql(viewer.agent, READ, { id: threadId });
        expect(res.data?.thread.acceptedAnswer).toEqual({ id: answerId, body: `<p>${SECRET}</p>` });
      }
    });

    it('a hidden answer cannot be voted on, accepted or reported by others: NOT_FOUND, no body', async () => {
      const { asker, moderator, answerId } = await hiddenAcceptedAnswer();
      const other = await signedIn();
      const vote = await gql(
        other.agent,
        `mutation($id: ID!) { voteAnswer(input: { answerId: $id, helpful: true }) { id body } }`,
        { id: answerId },
      );
      expect(errorCode(vote)).toBe('NOT_FOUND');
      expect(JSON.stringify(vote)).not.toContain(SECRET);
      expect(errorCode(await gql(asker.agent, ACCEPT, { id: answerId }))).toBe('NOT_FOUND');
      const report = await gql(
        other.agent,
        `mutation($id: ID!) { reportContent(input: { targetType: ANSWER, targetId: $id, reason: "spam" }) }`,
        { id: answerId },
      );
      expect(errorCode(report)).toBe('NOT_FOUND');
      // A moderator still can.
      const byModerator = await gql(
        moderator.agent,
        `mutation($id: ID!) { voteAnswer(input: { answerId: $id, helpful: true }) { id body } }`,
        { id: answerId },
      );
      expect(byModerator.data?.voteAnswer.body).toBe(`<p>${SECRET}</p>`);
    });

    it('notifications and digests no longer show hidden content', async () => {
      const asker = await signedIn();
      const helper = await signedIn();
      const moderator = await signedIn(PlatformRole.MODERATOR);
      await t.dataSource.query(
        `INSERT INTO notification_preference (member_id, kind, delivery) VALUES ($1, 'question.answered', 'DIGEST')`,
        [asker.member.id],
      );
      const threadId = await ask(asker, { title: 'Vraag met digest', body: '<p>Wie?</p>' });
      const answer = await gql(helper.agent, ANSWER, { id: threadId, body: `<p>${SECRET}</p>` });
      const answerId = answer.data?.answerQuestion.id as string;
      const before = await gql(asker.agent, NOTES);
      expect(before.data?.myNotifications.nodes.map((n: { body: string }) => n.body)).toEqual([
        SECRET,
      ]);
      await gql(moderator.agent, HIDE, { type: 'ANSWER', id: answerId, hidden: true });

      const after = await gql(asker.agent, NOTES);
      expect(JSON.stringify(after.data)).not.toContain(SECRET);
      expect(after.data?.myNotifications.nodes).toEqual([]);
      await t.app.get(DigestService).sendDigests();
      const mails: { text_body: string }[] = await t.dataSource.query(
        `SELECT text_body FROM mail_outbox WHERE to_address = $1`,
        [asker.member.email],
      );
      expect(mails.map((m) => m.text_body).join('\n')).not.toContain(SECRET);

      // Shown again: the notification is back.
      await gql(moderator.agent, HIDE, { type: 'ANSWER', id: answerId, hidden: false });
      const shown = await gql(asker.agent, NOTES);
      expect(shown.data?.myNotifications.nodes.map((n: { body: string }) => n.body)).toEqual([
        SECRET,
      ]);
    });

    it('a hidden question leaves the notifications of others and is routed to no one', async () => {
      const asker = await signedIn();
      const mentioned = await signedIn();
      const moderator = await signedIn(PlatformRole.MODERATOR);
      const threadId = await ask(asker, {
        title: 'Geheime titel die verdwijnt',
        body: `<p>Hoi ${mention(mentioned.member.id)}</p>`,
      });
      expect((await gql(mentioned.agent, NOTES)).data?.myNotifications.nodes).toHaveLength(1);
      await gql(moderator.agent, HIDE, { type: 'THREAD', id: threadId, hidden: true });
      const notes = await gql(mentioned.agent, NOTES);
      expect(notes.data?.myNotifications.nodes).toEqual([]);
      expect(
        (await gql(mentioned.agent, `{ myNotifications { unread } }`)).data?.myNotifications.unread,
      ).toBe(0);
      expect(await t.app.get(RoutingService).route(threadId)).toBe(0);
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM thread_suggestion WHERE thread_id = $1`,
        [threadId],
      );
      expect(n).toBe(0);
    });
  });

  describe('former members (oud-lid)', () => {
    it('keeps the name on their posts, without e-mail, status, school or profile', async () => {
      const author = await signedIn();
      await gql(
        author.agent,
        `mutation { updateMyProfile(input: { headline: "Leesspecialist", bio: "Ik help bij lezen." }) { id } }`,
      );
      const threadId = await ask(author, { title: 'Een vraag van een oud-lid', body: '<p>x</p>' });
      const admin = await signedIn(PlatformRole.ADMIN);
      const deactivate = await gql(
        admin.agent,
        `mutation($id: ID!) { deactivateMember(input: { memberId: $id }) { id } }`,
        { id: author.member.id },
      );
      expect(deactivate.errors).toBeUndefined();

      const reader = await signedIn();
      const READ = `query($id: ID!) { thread(id: $id) { author { id name email status former school { id } profile { bio } } } }`;
      const res = await gql(reader.agent, READ, { id: threadId });
      expect(res.errors).toBeUndefined();
      expect(res.data?.thread.author).toEqual({
        id: author.member.id,
        name: author.member.name,
        email: null,
        status: null,
        former: true,
        school: null,
        profile: null,
      });
      // Admins manage accounts: they still see the e-mail and status.
      const asAdmin = await gql(admin.agent, READ, { id: threadId });
      expect(asAdmin.data?.thread.author).toMatchObject({
        email: author.member.email,
        status: 'DEACTIVATED',
        former: true,
      });
      // An active colleague is not a former member.
      const me = await gql(reader.agent, `{ me { email status former } }`);
      expect(me.data?.me).toEqual({ email: reader.member.email, status: 'ACTIVE', former: false });
    });
  });

  describe('one group-content policy', () => {
    const GROUP = `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`;

    async function groupWith(visibility: 'ON_REQUEST' | 'CLOSED') {
      const owner = await signedIn();
      const res = await gql(owner.agent, GROUP, {
        input: { name: `Groep ${visibility} ${Math.random()}`, visibility },
      });
      expect(res.errors).toBeUndefined();
      return { owner, groupId: res.data?.createGroup.id as string };
    }

    async function addMember(groupId: string, memberId: string) {
      await t.dataSource.query(
        `INSERT INTO group_membership (group_id, member_id, status) VALUES ($1, $2, 'ACTIVE')`,
        [groupId, memberId],
      );
    }

    it('says the same in TypeScript and in SQL, for every visibility, membership and role', async () => {
      const groups = t.app.get(GroupsService);
      const owner = await aMember(t.dataSource);
      for (const visibility of Object.values(GroupVisibility)) {
        const res = await t.dataSource.query(
          `INSERT INTO member_group (slug, name, visibility, created_by) VALUES ($1, $1, $2, $3) RETURNING id`,
          [`beleid-${visibility.toLowerCase()}-${Math.random()}`, visibility, owner.id],
        );
        const groupId: string = res[0].id;
        for (const status of [null, ...Object.values(MembershipStatus)]) {
          for (const platformRole of Object.values(PlatformRole)) {
            const viewer = await aMember(t.dataSource, { platformRole });
            if (status) {
              await t.dataSource.query(
                `INSERT INTO group_membership (group_id, member_id, status) VALUES ($1, $2, $3)`,
                [groupId, viewer.id, status],
              );
            }
            const expected = canReadGroupContent(
              viewer,
              { visibility },
              status ? { status } : null,
            );
            const readable = await groups.readableGroups(viewer, [groupId]);
            const readers = await groups.readersOf(groupId, [viewer.id]);
            expect({ visibility, status, platformRole, sql: readable.has(groupId) }).toEqual({
              visibility,
              status,
              platformRole,
              sql: expected,
            });
            expect(readers.has(viewer.id)).toBe(expected);
          }
        }
      }
    });

    for (const visibility of ['ON_REQUEST', 'CLOSED'] as const) {
      it(`${visibility}: reading a thread and listing threads`, async () => {
        const { owner, groupId } = await groupWith(visibility);
        const threadId = await ask(owner, {
          title: `Vraag in ${visibility}`,
          body: '<p>x</p>',
          groupId,
        });
        const outsider = await signedIn();
        const member = await signedIn();
        await addMember(groupId, member.member.id);
        const moderator = await signedIn(PlatformRole.MODERATOR);
        const READ = `query($id: ID!) { thread(id: $id) { id } }`;
        expect(errorCode(await gql(outsider.agent, READ, { id: threadId }))).toBe(
          visibility === 'CLOSED' ? 'NOT_FOUND' : 'FORBIDDEN',
        );
        for (const reader of [member, moderator]) {
          expect((await gql(reader.agent, READ, { id: threadId })).data?.thread.id).toBe(threadId);
        }
        const LIST = `{ threads(first: 50) { nodes { id } } }`;
        const ids = async (who: typeof member) =>
          (await gql(who.agent, LIST)).data?.threads.nodes.map((n: { id: string }) => n.id);
        expect(await ids(outsider)).not.toContain(threadId);
        expect(await ids(member)).toContain(threadId);
        expect(await ids(moderator)).toContain(threadId);
      });

      it(`${visibility}: @mentions reach only those who can read the thread`, async () => {
        const { owner, groupId } = await groupWith(visibility);
        const outsider = await signedIn();
        const member = await signedIn();
        await addMember(groupId, member.member.id);
        await ask(owner, {
          title: 'Met vermeldingen',
          body: `<p>${mention(outsider.member.id)} en ${mention(member.member.id)}</p>`,
          groupId,
        });
        expect((await gql(outsider.agent, NOTES)).data?.myNotifications.nodes).toEqual([]);
        expect(
          (await gql(member.agent, NOTES)).data?.myNotifications.nodes.map(
            (n: { kind: string }) => n.kind,
          ),
        ).toEqual(['mention']);
      });

      it(`${visibility}: followers who left the group hear nothing of new questions`, async () => {
        const { owner, groupId } = await groupWith(visibility);
        const former = await signedIn();
        const member = await signedIn();
        for (const who of [former, member]) {
          await addMember(groupId, who.member.id);
          const follow = await gql(
            who.agent,
            `mutation($id: ID!) { follow(input: { groupId: $id, follow: true }) }`,
            { id: groupId },
          );
          expect(follow.errors).toBeUndefined();
        }
        await t.dataSource.query(
          `DELETE FROM group_membership WHERE group_id = $1 AND member_id = $2`,
          [groupId, former.member.id],
        );
        await ask(owner, { title: 'Nieuwe vraag voor volgers', body: '<p>x</p>', groupId });
        expect((await gql(former.agent, NOTES)).data?.myNotifications.nodes).toEqual([]);
        expect(
          (await gql(member.agent, NOTES)).data?.myNotifications.nodes.map(
            (n: { kind: string }) => n.kind,
          ),
        ).toEqual(['question.new']);
      });

      it(`${visibility}: routing and "Vraag een collega" leave out experts who cannot read the group`, async () => {
        const { owner, groupId } = await groupWith(visibility);
        const tag = visibility.toLowerCase().replace('_', '');
        const importer = t.app.get(ProfileImportService);
        const expert = (who: string) => ({
          email: `${who}-${tag}@school.example`,
          name: `Expert ${who} ${tag}`,
          role: 'leerkracht',
          bio: 'Ik begeleid kinderen met selectief mutisme in de klas.',
          tags: ['mutisme'],
          expertise: [
            {
              domain: 'spraak-taal',
              subtopics: ['selectief-mutisme'],
              level: 'specialist',
              source: 'cursus',
              offers: ['observatie'],
            },
          ],
        });
        const report = await importer.importRecords(
          ['binnen', 'buiten'].map((who, i) => ({ line: i + 1, record: expert(who) })),
          { passwordHash: 'x' },
        );
        expect(report.rejected).toEqual([]);
        const [inside, outside]: MemberEntity[] = await Promise.all(
          ['binnen', 'buiten'].map(
            async (who) =>
              (
                await t.dataSource.query(`SELECT id FROM member WHERE email = $1`, [
                  `${who}-${tag}@school.example`,
                ])
              )[0],
          ),
        );
        await addMember(groupId, inside.id);
        const threadId = await ask(owner, {
          title: 'Selectief mutisme bij een kleuter',
          body: '<p>Een kleuter met selectief mutisme praat niet in de klas.</p>',
          groupId,
        });
        await t.app.get(RoutingService).route(threadId);
        const routed: { member_id: string }[] = await t.dataSource.query(
          `SELECT member_id FROM thread_suggestion WHERE thread_id = $1`,
          [threadId],
        );
        expect(routed.map((r) => r.member_id)).toContain(inside.id);
        expect(routed.map((r) => r.member_id)).not.toContain(outside.id);
        const byHand = await gql(
          owner.agent,
          `mutation($t: ID!, $m: ID!) { askColleague(input: { threadId: $t, memberId: $m }) }`,
          { t: threadId, m: outside.id },
        );
        expect(byHand.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'memberId',
        });
      });
    }
  });

  it('deactivated members are never routed to, mentioned or notified', async () => {
    const asker = await signedIn();
    const gone = await aMember(t.dataSource, { status: MemberStatus.DEACTIVATED });
    await ask(asker, { title: 'Vermelding van een oud-lid', body: `<p>${mention(gone.id)}</p>` });
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notification WHERE member_id = $1`,
      [gone.id],
    );
    expect(n).toBe(0);
  });
});
