import { JobsService } from '../src/jobs/jobs.service';
import { MailOutboxEntity } from '../src/mail/mail-outbox.entity';
import { MemberStatus, PlatformRole } from '../src/members/member.entity';
import { aMember, TEST_PASSWORD } from './factories';
import { createTestApp, errorCode, gql, TestApp } from './test-app';

const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) { id name platformRole }
}`;
const ME = `{ me { id email } }`;

describe('sign-in, sessions and accounts', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_PER_ACCOUNT_PER_15_MINUTES: '3' });
  });
  afterAll(() => t.close());

  it('signs in with the right password and sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const member = await aMember(t.dataSource, { email: 'anna@school.example', name: 'Anna' });
    const agent = t.agent();
    const res = await gql(agent, LOGIN, { email: 'Anna@School.example ', password: TEST_PASSWORD });
    expect(res.errors).toBeUndefined();
    expect(res.data?.login).toEqual({ id: member.id, name: 'Anna', platformRole: 'MEMBER' });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/deelwijs\.sid=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    expect((await gql(agent, ME)).data?.me).toEqual({
      id: member.id,
      email: 'anna@school.example',
    });
  });

  it('answers a wrong password with UNAUTHENTICATED, the same as an unknown e-mail', async () => {
    await aMember(t.dataSource, { email: 'bram@school.example' });
    const wrong = await gql(t.agent(), LOGIN, {
      email: 'bram@school.example',
      password: 'verkeerd-wachtwoord',
    });
    const unknown = await gql(t.agent(), LOGIN, {
      email: 'niemand@school.example',
      password: 'verkeerd-wachtwoord',
    });
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(wrong.data).toBeNull();
  });

  it('refuses deactivated and invited accounts with the same answer', async () => {
    await aMember(t.dataSource, { email: 'weg@school.example', status: MemberStatus.DEACTIVATED });
    const res = await gql(t.agent(), LOGIN, {
      email: 'weg@school.example',
      password: TEST_PASSWORD,
    });
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('throttles an account after repeated failures with TOO_MANY_REQUESTS, even for the right password', async () => {
    await aMember(t.dataSource, { email: 'cor@school.example' });
    for (let i = 0; i < 3; i++) {
      const res = await gql(t.agent(), LOGIN, {
        email: 'cor@school.example',
        password: `fout-${i}-wachtwoord`,
      });
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
    }
    const blocked = await gql(t.agent(), LOGIN, {
      email: 'cor@school.example',
      password: TEST_PASSWORD,
    });
    expect(errorCode(blocked)).toBe('TOO_MANY_REQUESTS');
    // The same for an address without an account: the answer reveals nothing.
    for (let i = 0; i < 3; i++) {
      await gql(t.agent(), LOGIN, {
        email: 'spook@school.example',
        password: `fout-${i}-wachtwoord`,
      });
    }
    const ghost = await gql(t.agent(), LOGIN, {
      email: 'spook@school.example',
      password: 'iets-anders-123',
    });
    expect(errorCode(ghost)).toBe('TOO_MANY_REQUESTS');
    expect(ghost.errors?.[0]?.message).toBe(blocked.errors?.[0]?.message);
  });

  it('logout ends the session on the server: the old cookie no longer works', async () => {
    await aMember(t.dataSource, { email: 'dirk@school.example' });
    const agent = t.agent();
    const login = await gql(agent, LOGIN, {
      email: 'dirk@school.example',
      password: TEST_PASSWORD,
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    const sessionsBefore = await t.dataSource.query(`SELECT count(*)::int AS n FROM session`);
    expect(sessionsBefore[0].n).toBeGreaterThan(0);
    expect((await gql(agent, `mutation { logout }`)).data).toEqual({ logout: true });
    const replay = await gql(t.agent(), ME, undefined, { cookie });
    expect(replay.data?.me).toBeNull();
    const rows = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM session WHERE sess -> 'passport' ->> 'user' IS NOT NULL
         AND sid = $1`,
      [decodeURIComponent(cookie.split('=')[1]).slice(2).split('.')[0]],
    );
    expect(rows[0].n).toBe(0);
  });

  it('deactivation by an admin ends the member’s sessions', async () => {
    const admin = await aMember(t.dataSource, { platformRole: PlatformRole.ADMIN });
    const member = await aMember(t.dataSource);
    const adminAgent = t.agent();
    const memberAgent = t.agent();
    await gql(adminAgent, LOGIN, { email: admin.email, password: TEST_PASSWORD });
    await gql(memberAgent, LOGIN, { email: member.email, password: TEST_PASSWORD });
    expect((await gql(memberAgent, ME)).data?.me).not.toBeNull();
    const res = await gql(
      adminAgent,
      `mutation($id: ID!) { deactivateMember(input: { memberId: $id }) { status } }`,
      {
        id: member.id,
      },
    );
    expect(res.data?.deactivateMember).toEqual({ status: 'DEACTIVATED' });
    expect((await gql(memberAgent, ME)).data?.me).toBeNull();
  });

  it('reads the member with the session: changes show on the next request, an inactive member is signed out', async () => {
    const member = await aMember(t.dataSource, { name: 'Eva Eerst' });
    const agent = t.agent();
    await gql(agent, LOGIN, { email: member.email, password: TEST_PASSWORD });
    expect((await gql(agent, `{ me { name role } }`)).data?.me).toEqual({
      name: 'Eva Eerst',
      role: member.jobRole,
    });
    await t.dataSource.query(`UPDATE member SET name = 'Eva Later' WHERE id = $1`, [member.id]);
    expect((await gql(agent, `{ me { name } }`)).data?.me).toEqual({ name: 'Eva Later' });
    // even with its session row still there
    await t.dataSource.query(`UPDATE member SET status = 'DEACTIVATED' WHERE id = $1`, [member.id]);
    expect((await gql(agent, ME)).data?.me).toBeNull();
    expect(errorCode(await gql(agent, `{ members(first: 1) { total } }`))).toBe('UNAUTHENTICATED');
  });

  it('invites by e-mail: a one-time link sets the password, refuses weak ones and signs in', async () => {
    const admin = await aMember(t.dataSource, { platformRole: PlatformRole.ADMIN });
    const agent = t.agent();
    await gql(agent, LOGIN, { email: admin.email, password: TEST_PASSWORD });
    const invited = await gql(
      agent,
      `mutation { inviteMember(input: { email: "Nieuw@School.example", name: "Nora Nieuw", jobRole: "intern-begeleider" }) { id status email } }`,
    );
    expect(invited.errors).toBeUndefined();
    expect(invited.data?.inviteMember).toMatchObject({
      status: 'INVITED',
      email: 'nieuw@school.example',
    });
    const [mail] = await t.dataSource
      .getRepository(MailOutboxEntity)
      .findBy({ toAddress: 'nieuw@school.example' });
    expect(mail.status).toBe('STORED');
    const token = mail.textBody.match(/\/uitnodiging\/([\w-]+)/)?.[1];
    expect(token).toBeDefined();

    const guest = t.agent();
    const info = await gql(guest, `query($t: String!) { invitation(token: $t) { name email } }`, {
      t: token,
    });
    expect(info.data?.invitation).toEqual({ name: 'Nora Nieuw', email: 'nieuw@school.example' });

    const accept = `mutation($t: String!, $p: String!) { acceptInvitation(input: { token: $t, password: $p }) { name status } }`;
    for (const weak of ['kort', 'wachtwoord1234', 'x'.repeat(129)]) {
      const res = await gql(guest, accept, { t: token, p: weak });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.['field']).toBe('password');
    }
    const ok = await gql(guest, accept, { t: token, p: 'zonnige-dinsdag-in-ede' });
    expect(ok.data?.acceptInvitation).toEqual({ name: 'Nora Nieuw', status: 'ACTIVE' });
    expect((await gql(guest, ME)).data?.me).toMatchObject({ email: 'nieuw@school.example' });

    const again = await gql(t.agent(), accept, { t: token, p: 'nog-een-ander-wachtwoord' });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.extensions?.['field']).toBe('token');
  });

  it('resets a password by e-mail without revealing whether the address exists', async () => {
    await aMember(t.dataSource, { email: 'fenna@school.example' });
    const request = `mutation($e: String!) { requestPasswordReset(input: { email: $e }) }`;
    expect((await gql(t.agent(), request, { e: 'fenna@school.example' })).data).toEqual({
      requestPasswordReset: true,
    });
    expect((await gql(t.agent(), request, { e: 'onbekend@school.example' })).data).toEqual({
      requestPasswordReset: true,
    });
    // The mail is written in the background, after the answer.
    await t.app.get(JobsService).idle();
    const mails = await t.dataSource
      .getRepository(MailOutboxEntity)
      .findBy({ subject: 'Nieuw wachtwoord voor Deelwijs' });
    expect(mails.map((m) => m.toAddress)).toEqual(['fenna@school.example']);
    const token = mails[0].textBody.match(/\/wachtwoord-herstellen\/([\w-]+)/)?.[1];
    const reset = await gql(
      t.agent(),
      `mutation($t: String!) { resetPassword(input: { token: $t, password: "nieuwe-lente-fietstocht" }) { email } }`,
      { t: token },
    );
    expect(reset.errors).toBeUndefined();
    expect(reset.data?.resetPassword).toEqual({ email: 'fenna@school.example' });
    const old = await gql(t.agent(), LOGIN, {
      email: 'fenna@school.example',
      password: TEST_PASSWORD,
    });
    expect(errorCode(old)).toBe('UNAUTHENTICATED');
    const fresh = await gql(t.agent(), LOGIN, {
      email: 'fenna@school.example',
      password: 'nieuwe-lente-fietstocht',
    });
    expect(fresh.errors).toBeUndefined();
  });
});
