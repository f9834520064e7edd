import TestAgent from 'supertest/lib/agent';

import { PlatformRole } from '../src/members/member.entity';
import { aMember, TEST_PASSWORD } from './factories';
import { createTestApp, errorCode, gql, GraphQLResponse, TestApp } from './test-app';

const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { id } }`;
const ASK = `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id title } }`;
const CREATE_GROUP = `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id name description } }`;
const CREATE_EVENT = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id title capacity description } }`;
const UPDATE_PROFILE = `mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id profile { headline bio tags } } }`;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** A refused input: BAD_USER_INPUT naming the field, an HTTP status below 500. */
function expectRefused(res: GraphQLResponse & { status: number }, field?: string) {
  expect(res.status).toBeLessThan(500);
  expect(res.errors?.map((e) => e.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
  if (field) expect(res.errors?.[0]?.extensions?.['field']).toBe(field);
}

describe('bad input never gives a 500', () => {
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

  async function aGroup(agent: TestAgent) {
    const res = await gql(agent, CREATE_GROUP, { input: { name: 'Rekenspecialisten' } });
    expect(res.errors).toBeUndefined();
    return res.data?.createGroup.id as string;
  }

  it('refuses null bytes in every string input, naming the field, and writes nothing', async () => {
    const { agent } = await signedIn(PlatformRole.ADMIN);
    const nul = 'Rekenen\u0000';
    expectRefused(await gql(agent, ASK, { input: { title: nul, body: 'Vraag' } }), 'title');
    expectRefused(
      await gql(agent, ASK, { input: { title: 'Vraag', body: `<p>${nul}</p>` } }),
      'body',
    );
    expectRefused(await gql(agent, CREATE_GROUP, { input: { name: nul } }), 'name');
    expectRefused(await gql(agent, UPDATE_PROFILE, { input: { tags: ['ok', nul] } }), 'tags');
    expectRefused(
      await gql(agent, `mutation($input: ReportContentInput!) { reportContent(input: $input) }`, {
        input: {
          targetType: 'THREAD',
          targetId: '00000000-0000-4000-8000-000000000000',
          reason: nul,
        },
      }),
      'reason',
    );
    expectRefused(
      await gql(
        agent,
        `query($q: String!, $f: ExpertFilter) { searchExperts(query: $q, filter: $f) { total } }`,
        {
          q: 'rekenen',
          f: { domains: [nul] },
        },
      ),
      'filter.domains',
    );
    expectRefused(
      await gql(agent, `query($f: MemberFilterInput) { members(filter: $f) { total } }`, {
        f: { search: nul },
      }),
      'search',
    );
    // login reads its input before the validation pipe runs (passport-local)
    expectRefused(
      await gql(t.agent(), LOGIN, { email: 'iemand\u0000@school.example', password: 'x' }),
      'email',
    );
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM thread WHERE title LIKE 'Rekenen%'`,
    );
    expect(count).toBe(0);
  });

  it('takes null as "clear" on clearable fields and refuses it elsewhere in updates', async () => {
    const { agent } = await signedIn(PlatformRole.ADMIN);
    const groupId = await aGroup(agent);
    const thread = await gql(agent, ASK, { input: { title: 'Vraag over rekenen', body: 'Hoe?' } });
    expect(thread.errors).toBeUndefined();
    const threadId = thread.data?.askQuestion.id as string;
    const event = await gql(agent, CREATE_EVENT, {
      input: { title: 'Rekencafé', startsAt: inDays(7), capacity: 20, description: 'Koffie' },
    });
    expect(event.errors).toBeUndefined();
    const eventId = event.data?.createEvent.id as string;

    const refused: [string, Record<string, unknown>, string][] = [
      [
        `mutation($input: EditThreadInput!) { editQuestion(input: $input) { id } }`,
        { threadId, title: null },
        'title',
      ],
      [
        `mutation($input: UpdateMyAccountInput!) { updateMyAccount(input: $input) { id } }`,
        { name: null },
        'name',
      ],
      [
        `mutation($input: UpdateGroupInput!) { updateGroup(input: $input) { id } }`,
        { groupId, name: null },
        'name',
      ],
      [
        `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { id } }`,
        { id: eventId, title: null },
        'title',
      ],
      [
        `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { id } }`,
        { id: eventId, endsAt: null },
        'endsAt',
      ],
      [UPDATE_PROFILE, { tags: null }, 'tags'],
    ];
    for (const [query, input, field] of refused) {
      expectRefused(await gql(agent, query, { input }), field);
    }

    const group = await gql(
      agent,
      `mutation($input: UpdateGroupInput!) { updateGroup(input: $input) { name description } }`,
      { input: { groupId, description: null } },
    );
    expect(group.errors).toBeUndefined();
    expect(group.data?.updateGroup).toEqual({ name: 'Rekenspecialisten', description: '' });
    const cleared = await gql(
      agent,
      `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { title capacity description } }`,
      { input: { id: eventId, capacity: null, description: null } },
    );
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data?.updateEvent).toEqual({
      title: 'Rekencafé',
      capacity: null,
      description: null,
    });
    const profile = await gql(agent, UPDATE_PROFILE, {
      input: { headline: 'Rekenen', bio: 'Ik help graag.' },
    });
    expect(profile.errors).toBeUndefined();
    const clearedProfile = await gql(agent, UPDATE_PROFILE, { input: { bio: null } });
    expect(clearedProfile.errors).toBeUndefined();
    expect(clearedProfile.data?.updateMyProfile.profile).toMatchObject({
      headline: 'Rekenen',
      bio: null,
    });
  });

  it('refuses ids that are not uuids with BAD_USER_INPUT on the argument', async () => {
    const { agent } = await signedIn(PlatformRole.ADMIN);
    for (const query of [
      `{ thread(id: "geen-uuid") { id } }`,
      `{ member(id: "geen-uuid") { id } }`,
      `{ event(id: "geen-uuid") { id } }`,
      `{ group(id: "geen-uuid") { id } }`,
    ]) {
      expectRefused(await gql(agent, query), 'id');
    }
  });

  it('treats "constructor", "__proto__" and other prototype keys as ordinary words', async () => {
    const { agent } = await signedIn(PlatformRole.ADMIN);
    const words = 'constructor __proto__ toString hasOwnProperty valueOf';
    const search = await gql(
      agent,
      `query($q: String!) { searchExperts(query: $q) { total } similarQuestions(text: $q) { id } subtopicSuggestions(prefix: "constructor") { matched } }`,
      { q: words },
    );
    expect(search.errors).toBeUndefined();
    const asked = await gql(agent, ASK, { input: { title: `Vraag: ${words}`, body: words } });
    expect(asked.errors).toBeUndefined();
    const profile = await gql(agent, UPDATE_PROFILE, {
      input: { bio: `Ik ken ${words}.`, tags: ['constructor', '__proto__'] },
    });
    expect(profile.errors).toBeUndefined();
  });

  it('refuses dates far out of range and an unknown group, naming the field', async () => {
    const { agent } = await signedIn(PlatformRole.ADMIN);
    for (const startsAt of [
      '+275760-09-13T00:00:00.000Z',
      '-000001-01-01T00:00:00Z',
      '0001-01-01T00:00:00Z',
    ]) {
      expectRefused(
        await gql(agent, CREATE_EVENT, { input: { title: 'Verre toekomst', startsAt } }),
        'startsAt',
      );
    }
    expectRefused(
      await gql(agent, CREATE_EVENT, {
        input: {
          title: 'Buiten bereik',
          startsAt: inDays(7),
          endsAt: '+275760-09-13T00:00:00.000Z',
        },
      }),
      'endsAt',
    );
    expectRefused(
      await gql(agent, CREATE_EVENT, {
        input: {
          title: 'Buiten bereik',
          startsAt: inDays(7),
          groupId: '00000000-0000-4000-8000-000000000000',
        },
      }),
      'groupId',
    );
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM event WHERE title IN ('Verre toekomst', 'Buiten bereik')`,
    );
    expect(count).toBe(0);
  });

  it('trims names and titles before validating: white space alone is refused', async () => {
    const { agent } = await signedIn(PlatformRole.ADMIN);
    const blank = ' \t\n ';
    expectRefused(await gql(agent, CREATE_GROUP, { input: { name: blank } }), 'name');
    expectRefused(await gql(agent, ASK, { input: { title: blank, body: 'Hoe?' } }), 'title');
    expectRefused(
      await gql(agent, CREATE_EVENT, { input: { title: blank, startsAt: inDays(7) } }),
      'title',
    );
    expectRefused(
      await gql(
        agent,
        `mutation($input: UpdateMyAccountInput!) { updateMyAccount(input: $input) { id } }`,
        { input: { name: blank } },
      ),
      'name',
    );
    const trimmed = await gql(agent, CREATE_GROUP, { input: { name: '  Taalgroep  ' } });
    expect(trimmed.data?.createGroup.name).toBe('Taalgroep');
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM member_group WHERE trim(name) = ''`,
    );
    expect(count).toBe(0);
  });

  it('keeps passwords exactly as typed', async () => {
    const member = await aMember(t.dataSource, { password: `  ${TEST_PASSWORD}  ` });
    const res = await gql(t.agent(), LOGIN, {
      email: member.email,
      password: `  ${TEST_PASSWORD}  `,
    });
    expect(res.errors).toBeUndefined();
    expect(
      errorCode(await gql(t.agent(), LOGIN, { email: member.email, password: TEST_PASSWORD })),
    ).toBe('UNAUTHENTICATED');
  });

  it('answers a query over the token limit with 400, not 500', async () => {
    const domains = Array.from({ length: 2500 }, () => '"rekenen"').join(' ');
    const res = await gql(t.agent(), `{ events(filter: { domains: [${domains}] }) { id } }`);
    expect(res.status).toBe(400);
    expect(errorCode(res)).not.toBe('INTERNAL_SERVER_ERROR');
    expect(res.errors?.[0]?.message).toMatch(/token/i);
  });
});

describe('bad input in production', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      NODE_ENV: 'production',
      SESSION_SECRET: 'a-test-session-secret-of-at-least-32-characters',
    });
  });
  afterAll(() => t.close());

  it('does not suggest enum values or fields (the schema stays private)', async () => {
    const res = await gql(t.agent(), `{ events(filter: { types: [WEBINARR] }) { id } }`);
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res.errors)).not.toMatch(/did you mean|WEBINAR\b/i);
    const field = await gql(t.agent(), `{ evnts { id } }`);
    expect(JSON.stringify(field.errors)).not.toMatch(/did you mean/i);
  });
});
