import { PlatformRole } from '../src/members/member.entity';
import { aMember, aSchool, TEST_PASSWORD } from './factories';
import { createTestApp, errorCode, gql, TestApp } from './test-app';

const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { id } }`;

describe('admin: members, roles and the audit log', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function signedIn(role = PlatformRole.ADMIN) {
    const member = await aMember(t.dataSource, { platformRole: role });
    const agent = t.agent();
    const res = await gql(agent, LOGIN, { email: member.email, password: TEST_PASSWORD });
    expect(res.errors).toBeUndefined();
    return { member, agent };
  }

  it('refuses a member calling an admin mutation with FORBIDDEN, and a guest with UNAUTHENTICATED', async () => {
    const { member, agent } = await signedIn(PlatformRole.MEMBER);
    const invite = `mutation { inviteMember(input: { email: "x@school.example", name: "X", jobRole: "leerkracht" }) { id } }`;
    const res = await gql(agent, invite);
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.data).toBeNull();
    const deactivate = await gql(
      agent,
      `mutation($id: ID!) { deactivateMember(input: { memberId: $id }) { id } }`,
      { id: member.id },
    );
    expect(errorCode(deactivate)).toBe('FORBIDDEN');
    expect(errorCode(await gql(t.agent(), `{ auditLog { total } }`))).toBe('UNAUTHENTICATED');
    const rows = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM member WHERE email = 'x@school.example'`,
    );
    expect(rows[0].n).toBe(0);
  });

  it('returns BAD_USER_INPUT naming the field for invalid input, and bounds page sizes', async () => {
    const { agent } = await signedIn();
    const res = await gql(
      agent,
      `mutation { inviteMember(input: { email: "geen-adres", name: "Iemand", jobRole: "leerkracht" }) { id } }`,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.['field']).toBe('email');
    const role = await gql(
      agent,
      `mutation { inviteMember(input: { email: "a@school.example", name: "Iemand", jobRole: "astronaut" }) { id } }`,
    );
    expect(role.errors?.[0]?.extensions?.['field']).toBe('jobRole');
    const page = await gql(agent, `{ members(first: 101) { total } }`);
    expect(errorCode(page)).toBe('BAD_USER_INPUT');
    expect(page.errors?.[0]?.extensions?.['field']).toBe('first');
  });

  it('lists and filters members; members see only active colleagues', async () => {
    const school = await aSchool(t.dataSource, { name: 'OBS De Wielewaal', town: 'Wageningen' });
    await aMember(t.dataSource, { name: 'Zoë Zandstra', school, jobRole: 'intern-begeleider' });
    await aMember(t.dataSource, { name: 'Zeger Zwart', school, status: 'DEACTIVATED' as never });
    const { agent } = await signedIn();
    const query = `query($f: MemberFilterInput) { members(filter: $f, first: 10) { total nodes { name role school { name town } status } } }`;
    const bySchool = await gql(agent, query, { f: { schoolId: school.id } });
    expect(bySchool.data?.members.total).toBe(2);
    const byName = await gql(agent, query, { f: { search: 'zoe' } });
    expect(byName.data?.members.nodes).toEqual([
      {
        name: 'Zoë Zandstra',
        role: 'intern-begeleider',
        school: { name: 'OBS De Wielewaal', town: 'Wageningen' },
        status: 'ACTIVE',
      },
    ]);
    const byStatus = await gql(agent, query, { f: { status: 'DEACTIVATED' } });
    expect(byStatus.data?.members.nodes.map((n: { name: string }) => n.name)).toEqual([
      'Zeger Zwart',
    ]);
    const { agent: memberAgent } = await signedIn(PlatformRole.MEMBER);
    const seen = await gql(memberAgent, query, { f: { schoolId: school.id } });
    expect(seen.data?.members.nodes.map((n: { name: string }) => n.name)).toEqual(['Zoë Zandstra']);
  });

  it('changes roles, deactivates and reactivates, writing each action to the audit log', async () => {
    const { member: admin, agent } = await signedIn();
    const target = await aMember(t.dataSource, { name: 'Tim Target' });
    const change = await gql(
      agent,
      `mutation($id: ID!) { updateMemberRole(input: { memberId: $id, platformRole: COORDINATOR, jobRole: "orthopedagoog" }) { platformRole role roleLabel } }`,
      { id: target.id },
    );
    expect(change.data?.updateMemberRole).toEqual({
      platformRole: 'COORDINATOR',
      role: 'orthopedagoog',
      roleLabel: 'Orthopedagoog',
    });
    const off = await gql(
      agent,
      `mutation($id: ID!) { deactivateMember(input: { memberId: $id }) { status } }`,
      { id: target.id },
    );
    expect(off.data?.deactivateMember.status).toBe('DEACTIVATED');
    const on = await gql(
      agent,
      `mutation($id: ID!) { reactivateMember(input: { memberId: $id }) { status } }`,
      { id: target.id },
    );
    expect(on.data?.reactivateMember.status).toBe('ACTIVE');
    const log = await gql(
      agent,
      `{ auditLog(first: 10) { total nodes { action summary targetId actor { id } } } }`,
    );
    const mine = log.data?.auditLog.nodes.filter(
      (n: { targetId: string }) => n.targetId === target.id,
    );
    expect(mine.map((n: { action: string }) => n.action)).toEqual([
      'member.reactivated',
      'member.deactivated',
      'member.role_changed',
    ]);
    expect(mine[0]).toMatchObject({
      summary: 'Account van Tim Target weer actief',
      actor: { id: admin.id },
    });
  });

  it('refuses an admin demoting or deactivating themself', async () => {
    const { member, agent } = await signedIn();
    const demote = await gql(
      agent,
      `mutation($id: ID!) { updateMemberRole(input: { memberId: $id, platformRole: MEMBER }) { id } }`,
      { id: member.id },
    );
    expect(errorCode(demote)).toBe('BAD_USER_INPUT');
    const off = await gql(
      agent,
      `mutation($id: ID!) { deactivateMember(input: { memberId: $id }) { id } }`,
      { id: member.id },
    );
    expect(errorCode(off)).toBe('BAD_USER_INPUT');
  });

  it('refuses a second account with the same e-mail with CONFLICT', async () => {
    const { agent } = await signedIn();
    await aMember(t.dataSource, { email: 'dubbel@school.example' });
    const res = await gql(
      agent,
      `mutation { inviteMember(input: { email: "DUBBEL@school.example", name: "D", jobRole: "leerkracht" }) { id } }`,
    );
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors?.[0]?.extensions?.['field']).toBe('email');
  });
});
