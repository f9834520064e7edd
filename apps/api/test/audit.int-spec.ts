import { PlatformRole } from '../src/members/member.entity';
import { aMember, TEST_PASSWORD } from './factories';
import { createTestApp, gql, TestApp } from './test-app';

const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { id } }`;
const AUDIT = `{ auditLog(first: 50) { nodes { action targetType targetId summary link } } }`;

type Entry = { action: string; targetId: string; summary: string; link: string | null };

/** The audit log says, in Dutch or English, what happened to which item, and links to it. */
describe('audit log summaries', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function signedIn(role: PlatformRole, name?: string) {
    const member = await aMember(t.dataSource, { platformRole: role, name });
    const agent = t.agent();
    expect(
      (await gql(agent, LOGIN, { email: member.email, password: TEST_PASSWORD })).errors,
    ).toBeUndefined();
    return { member, agent };
  }

  async function call(agent: ReturnType<TestApp['agent']>, query: string, input: unknown) {
    const res = await gql(agent, query, { input });
    expect(res.errors).toBeUndefined();
    return res.data as Record<string, { id?: string; slug?: string }>;
  }

  async function log(agent: ReturnType<TestApp['agent']>, language = 'nl'): Promise<Entry[]> {
    const res = await gql(agent, AUDIT, undefined, { 'accept-language': language });
    expect(res.errors).toBeUndefined();
    return res.data?.auditLog.nodes as Entry[];
  }

  it('names the event, group, member, subtopic and question, with a link, in nl and en', async () => {
    const admin = await signedIn(PlatformRole.ADMIN);
    const target = await aMember(t.dataSource, { name: 'Tim Target' });

    const { createEvent: event } = await call(
      admin.agent,
      `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
      { title: 'Atelier lezen', startsAt: new Date(Date.now() + 7 * 86400_000).toISOString() },
    );
    await call(
      admin.agent,
      `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { id } }`,
      { id: event?.id, capacity: 12 },
    );
    await call(
      admin.agent,
      `mutation($input: CancelEventInput!) { cancelEvent(input: $input) { id } }`,
      { eventId: event?.id },
    );
    const { createGroup: group } = await call(
      admin.agent,
      `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id slug } }`,
      { name: 'Rekenen in de onderbouw' },
    );
    await call(
      admin.agent,
      `mutation($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { id } }`,
      { memberId: target.id, platformRole: 'MODERATOR' },
    );
    const { addSubtopic: subtopic } = await call(
      admin.agent,
      `mutation($input: AddSubtopicInput!) { addSubtopic(input: $input) { slug } }`,
      { domain: 'taal-lezen', labelNl: 'Voorlezen', labelEn: 'Reading aloud' },
    );
    const { askQuestion: thread } = await call(
      admin.agent,
      `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id } }`,
      { title: 'Een vraag om te verbergen', body: '<p>Tekst</p>' },
    );
    await call(admin.agent, `mutation($input: HideContentInput!) { hideContent(input: $input) }`, {
      targetType: 'THREAD',
      targetId: thread?.id,
      hidden: true,
    });

    const byTarget = (entries: Entry[], id: string | undefined) =>
      entries
        .filter((e) => e.targetId === id)
        .map(({ action, summary, link }) => ({ action, summary, link }))
        .reverse();
    const nl = await log(admin.agent);
    expect(byTarget(nl, event?.id)).toEqual([
      {
        action: 'event.created',
        summary: 'Activiteit "Atelier lezen" aangemaakt',
        link: `/agenda/${event?.id}`,
      },
      {
        action: 'event.updated',
        summary: 'Activiteit "Atelier lezen" gewijzigd',
        link: `/agenda/${event?.id}`,
      },
      {
        action: 'event.cancelled',
        summary: 'Activiteit "Atelier lezen" geannuleerd',
        link: `/agenda/${event?.id}`,
      },
    ]);
    expect(byTarget(nl, group?.id)).toEqual([
      {
        action: 'group.created',
        summary: 'Groep "Rekenen in de onderbouw" aangemaakt',
        link: `/groepen/${group?.slug}`,
      },
    ]);
    expect(byTarget(nl, target.id)).toEqual([
      {
        action: 'member.role_changed',
        summary: 'Rol van Tim Target gewijzigd: Lid → Moderator',
        link: `/leden/${target.id}`,
      },
    ]);
    expect(byTarget(nl, subtopic?.slug)).toEqual([
      {
        action: 'taxonomy.subtopic_added',
        summary: 'Subonderwerp "Voorlezen" toegevoegd',
        link: '/beheer?tab=taxonomie',
      },
    ]);
    expect(byTarget(nl, thread?.id)).toEqual([
      {
        action: 'content.hidden',
        summary: 'Vraag "Een vraag om te verbergen" verborgen',
        link: `/vragen/${thread?.id}`,
      },
    ]);

    const en = await log(admin.agent, 'en');
    expect(byTarget(en, event?.id).map((e) => e.summary)).toEqual([
      'Event "Atelier lezen" created',
      'Event "Atelier lezen" updated',
      'Event "Atelier lezen" cancelled',
    ]);
    expect(byTarget(en, target.id)[0]?.summary).toBe(
      'Role of Tim Target changed: Member → Moderator',
    );
    expect(byTarget(en, subtopic?.slug)[0]?.summary).toBe('Subtopic "Reading aloud" added');
    expect(byTarget(en, thread?.id)[0]?.summary).toBe(
      'Question "Een vraag om te verbergen" hidden',
    );
  });

  it('still says what it was when the item is gone', async () => {
    const admin = await signedIn(PlatformRole.ADMIN);
    const { askQuestion: thread } = await call(
      admin.agent,
      `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id } }`,
      { title: 'Een vraag die verdwijnt', body: '<p>Tekst</p>' },
    );
    await call(admin.agent, `mutation($input: HideContentInput!) { hideContent(input: $input) }`, {
      targetType: 'THREAD',
      targetId: thread?.id,
      hidden: true,
    });
    await t.dataSource.query(`DELETE FROM thread WHERE id = $1`, [thread?.id]);

    const [entry] = (await log(admin.agent)).filter((e) => e.targetId === thread?.id);
    expect(entry).toMatchObject({
      summary: 'Vraag "Een vraag die verdwijnt" verborgen',
      link: null,
    });
  });
});
