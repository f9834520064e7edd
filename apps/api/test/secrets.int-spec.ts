import { createHmac } from 'node:crypto';

import { secretFromDatabase } from '../src/config/secrets';
import { PlatformRole } from '../src/members/member.entity';
import { aMember, TEST_PASSWORD } from './factories';
import { createTestApp, gql, TestApp } from './test-app';

/** The root jest config drops the api project's testTimeout (5 s default); booting can take longer. */
const BOOT_TIMEOUT = 30_000;
const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { id } }`;

/** The development constant that signed everything while SESSION_SECRET was unset. */
const OLD_DEVELOPMENT_SECRET = 'deelwijs-development-session-secret-not-for-production';

/** A feed token as calendar.service.ts builds it, signed with the given key. */
function feedToken(memberId: string, version: number, key: string): string {
  const signature = createHmac('sha256', key)
    .update(`calendar-feed:${memberId}:${version}`)
    .digest('base64url')
    .slice(0, 32);
  return `${memberId.replace(/-/g, '')}${signature}`;
}

/** express-session's cookie value for a session id: `s:<sid>.<HMAC-SHA256(secret, sid)>`. */
function sessionCookie(sid: string, key: string): string {
  const signature = createHmac('sha256', key).update(sid).digest('base64').replace(/=+$/, '');
  return `deelwijs.sid=${encodeURIComponent(`s:${sid}.${signature}`)}`;
}

describe('secrets without SESSION_SECRET', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(); // no SESSION_SECRET, like `npm start` from the README
  }, BOOT_TIMEOUT);
  afterAll(() => t.close());

  async function memberWithFeed() {
    const member = await aMember(t.dataSource, { platformRole: PlatformRole.MEMBER });
    const agent = t.agent();
    const login = await agent
      .post('/graphql')
      .send({ query: LOGIN, variables: { email: member.email, password: TEST_PASSWORD } });
    expect(login.body.errors).toBeUndefined();
    const feed = await gql(agent, `{ myCalendarFeed { url } }`);
    const path = new URL(feed.data?.myCalendarFeed.url).pathname;
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    return { member, agent, path, cookie };
  }

  it('refuses a calendar-feed token signed with the old development constant', async () => {
    const { member, path } = await memberWithFeed();
    expect((await t.agent().get(path)).status).toBe(200);
    const forged = `/calendar/feed/${feedToken(member.id, 1, OLD_DEVELOPMENT_SECRET)}.ics`;
    expect(forged).not.toBe(path);
    expect((await t.agent().get(forged)).status).toBe(404);
  });

  it('refuses a session cookie signed with the old development constant', async () => {
    const { member, cookie } = await memberWithFeed();
    const sid = decodeURIComponent(cookie.split('=')[1]).slice(2).split('.')[0];
    const me = `{ me { id } }`;
    const real = await t.agent().post('/graphql').set('Cookie', cookie).send({ query: me });
    expect(real.body.data.me).toEqual({ id: member.id });
    const forged = await t
      .agent()
      .post('/graphql')
      .set('Cookie', sessionCookie(sid, OLD_DEVELOPMENT_SECRET))
      .send({ query: me });
    expect(forged.body.data.me).toBeNull();
  });

  it(
    'generates one secret per installation: every process on the database uses it',
    async () => {
      const rows: { secret: string }[] = await t.dataSource.query(
        `SELECT secret FROM installation_secret`,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].secret).not.toBe(OLD_DEVELOPMENT_SECRET);
      expect(Buffer.from(rows[0].secret, 'base64url').length).toBeGreaterThanOrEqual(32);
      const replica = await createTestApp(); // a second process on the same database
      try {
        const { path, cookie } = await memberWithFeed();
        expect((await replica.agent().get(path)).status).toBe(200);
        const me = await replica
          .agent()
          .post('/graphql')
          .set('Cookie', cookie)
          .send({ query: `{ me { id } }` });
        expect(me.body.data.me).not.toBeNull();
      } finally {
        await replica.close();
      }
      expect(await t.dataSource.query(`SELECT secret FROM installation_secret`)).toEqual(rows);
    },
    BOOT_TIMEOUT,
  );

  it('lets processes that start together on a new database agree on one secret', async () => {
    await t.dataSource.query(`DELETE FROM installation_secret`); // as on a fresh installation
    const secrets = await Promise.all(
      Array.from({ length: 5 }, () => secretFromDatabase(t.dataSource)),
    );
    expect(new Set(secrets).size).toBe(1);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM installation_secret`)).toEqual([
      { n: 1 },
    ]);
  });
});

describe('secrets with SESSION_SECRET', () => {
  const configured = 'een-geconfigureerd-geheim-van-minstens-32-tekens';
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ SESSION_SECRET: configured });
  }, BOOT_TIMEOUT);
  afterAll(() => t.close());

  it('signs feed tokens with the configured secret', async () => {
    const member = await aMember(t.dataSource);
    const agent = t.agent();
    await gql(agent, LOGIN, { email: member.email, password: TEST_PASSWORD });
    const feed = await gql(agent, `{ myCalendarFeed { url } }`);
    const path = new URL(feed.data?.myCalendarFeed.url).pathname;
    expect(path).toBe(`/calendar/feed/${feedToken(member.id, 1, configured)}.ics`);
    expect((await t.agent().get(path)).status).toBe(200);
  });
});
