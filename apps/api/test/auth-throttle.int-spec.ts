import { PasswordService } from '../src/auth/password.service';
import { JobsService } from '../src/jobs/jobs.service';
import { MailOutboxEntity } from '../src/mail/mail-outbox.entity';
import { aMember, TEST_PASSWORD } from './factories';
import { createTestApp, errorCode, gql, TestApp } from './test-app';
import { isEmbeddedTestDatabase } from './test-database';

const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) { id }
}`;
const REQUEST_RESET = `mutation($e: String!) { requestPasswordReset(input: { email: $e }) }`;
const RESET_SUBJECT = 'Nieuw wachtwoord voor Deelwijs';

/** The client address as the trusted proxy (loopback, TRUST_PROXY's default) reports it. */
const fromIp = (ip: string) => ({ 'x-forwarded-for': ip });

const count = (values: unknown[], value: unknown) => values.filter((v) => v === value).length;

describe('login and password-reset throttling', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      LOGIN_MAX_PER_ACCOUNT_PER_15_MINUTES: '3',
      LOGIN_MAX_PER_ACCOUNT_PER_DAY: '8',
      PASSWORD_RESET_MAX_PER_ADDRESS_PER_HOUR: '5',
      PASSWORD_RESET_MAX_PER_IP_PER_HOUR: '10',
      PASSWORD_RESET_MAIL_INTERVAL_MINUTES: '5',
    });
  });
  afterAll(() => t.close());

  /** Lets background work queued by a request (the reset mail) finish. */
  const backgroundDone = () => t.app.get(JobsService).idle();

  const resetMailsTo = (address: string) =>
    t.dataSource
      .getRepository(MailOutboxEntity)
      .countBy({ toAddress: address, subject: RESET_SUBJECT });

  const login = (email: string, password: string, ip: string) =>
    gql(t.agent(), LOGIN, { email, password }, fromIp(ip));

  it('checks at most the allowed number of passwords when 50 wrong logins race', async () => {
    const member = await aMember(t.dataSource, { email: 'race@school.example' });
    const verify = jest.spyOn(t.app.get(PasswordService), 'verify');
    try {
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          login(member.email, `fout-${i}-wachtwoord`, '198.51.100.4'),
        ),
      );
      const codes = results.map(errorCode);
      expect(verify).toHaveBeenCalledTimes(3);
      expect(count(codes, 'UNAUTHENTICATED')).toBe(3);
      expect(count(codes, 'TOO_MANY_REQUESTS')).toBe(47);
    } finally {
      verify.mockRestore();
    }
  });

  it('wrong passwords from one address do not lock the owner out from another', async () => {
    const member = await aMember(t.dataSource, { email: 'collega@school.example' });
    const codes: unknown[] = [];
    for (let i = 0; i < 5; i++) {
      codes.push(errorCode(await login(member.email, `fout-${i}-wachtwoord`, '203.0.113.10')));
    }
    expect(codes).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'TOO_MANY_REQUESTS',
      'TOO_MANY_REQUESTS',
    ]);
    const owner = await login(member.email, TEST_PASSWORD, '203.0.113.20');
    expect(owner.errors).toBeUndefined();
    expect(owner.data?.login).toEqual({ id: member.id });
    // The guessing address stays blocked, even with the right password.
    expect(errorCode(await login(member.email, TEST_PASSWORD, '203.0.113.10'))).toBe(
      'TOO_MANY_REQUESTS',
    );
    // A successful sign-in clears the counter of its own address.
    for (let i = 0; i < 2; i++) {
      await login(member.email, `tik-${i}-fout-wachtwoord`, '203.0.113.20');
    }
    expect((await login(member.email, TEST_PASSWORD, '203.0.113.20')).errors).toBeUndefined();
    for (let i = 0; i < 3; i++) {
      expect(errorCode(await login(member.email, `nog-${i}-fout`, '203.0.113.20'))).toBe(
        'UNAUTHENTICATED',
      );
    }
  });

  it('limits guesses on one account over all addresses per day, known or not', async () => {
    const member = await aMember(t.dataSource, { email: 'verspreid@school.example' });
    const refusals: unknown[] = [];
    for (const email of [member.email, 'niet-bestaand@school.example']) {
      // Two guesses from each of four addresses: under every per-address limit, 8 in all.
      for (let ip = 1; ip <= 4; ip++) {
        for (let i = 0; i < 2; i++) {
          const res = await login(email, `gok-${ip}-${i}-wachtwoord`, `192.0.2.${ip}`);
          expect(errorCode(res)).toBe('UNAUTHENTICATED');
        }
      }
      const next = await login(email, 'weer-een-gok-123', '192.0.2.99');
      expect(errorCode(next)).toBe('TOO_MANY_REQUESTS');
      refusals.push(next.errors?.[0]?.message);
    }
    expect(refusals[0]).toBe(refusals[1]);
    expect(errorCode(await login(member.email, TEST_PASSWORD, '192.0.2.100'))).toBe(
      'TOO_MANY_REQUESTS',
    );
  });

  it('a password reset lifts the daily account limit: the owner gets back in', async () => {
    const member = await aMember(t.dataSource, { email: 'belaagd@school.example' });
    for (let ip = 1; ip <= 3; ip++) {
      for (let i = 0; i < 3; i++) {
        await login(member.email, `gok-${i}-wachtwoord`, `192.0.2.${ip + 10}`);
      }
    }
    expect(errorCode(await login(member.email, TEST_PASSWORD, '192.0.2.30'))).toBe(
      'TOO_MANY_REQUESTS',
    );
    await gql(t.agent(), REQUEST_RESET, { e: member.email }, fromIp('192.0.2.30'));
    await backgroundDone();
    const [mail] = await t.dataSource
      .getRepository(MailOutboxEntity)
      .findBy({ toAddress: member.email, subject: RESET_SUBJECT });
    const token = mail.textBody.match(/\/wachtwoord-herstellen\/([\w-]+)/)?.[1];
    const reset = await gql(
      t.agent(),
      `mutation($t: String!) { resetPassword(input: { token: $t, password: "nieuwe-herfst-wandeling" }) { id } }`,
      { t: token },
      fromIp('192.0.2.30'),
    );
    expect(reset.errors).toBeUndefined();
    const fresh = await login(member.email, 'nieuwe-herfst-wandeling', '192.0.2.31');
    expect(fresh.errors).toBeUndefined();
  });

  it('throttles addresses of any length typed into the form (keys fit the table)', async () => {
    const long = `${'a'.repeat(64)}@${'b'.repeat(180)}.example`;
    expect(long.length).toBeLessThanOrEqual(254);
    for (let i = 0; i < 4; i++) {
      const res = await login(long, `fout-${i}-wachtwoord`, '192.0.2.77');
      expect(errorCode(res)).toBe(i < 3 ? 'UNAUTHENTICATED' : 'TOO_MANY_REQUESTS');
    }
  });

  it('does not count successful sign-ins towards the daily account limit', async () => {
    const member = await aMember(t.dataSource, { email: 'vaak@school.example' });
    for (let i = 0; i < 12; i++) {
      const res = await login(member.email, TEST_PASSWORD, `192.0.2.${200 + (i % 3)}`);
      expect(res.errors).toBeUndefined();
    }
  });

  it('limits reset requests per address and sends at most one mail per address per interval', async () => {
    await aMember(t.dataSource, { email: 'gerda@school.example' });
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        gql(t.agent(), REQUEST_RESET, { e: 'Gerda@School.example' }, fromIp(`198.51.100.${i}`)),
      ),
    );
    const codes = results.map((res) => errorCode(res) ?? res.data?.requestPasswordReset);
    expect(count(codes, true)).toBe(5);
    expect(count(codes, 'TOO_MANY_REQUESTS')).toBe(20);
    await backgroundDone();
    expect(await resetMailsTo('gerda@school.example')).toBe(1);
  });

  it('limits reset requests per IP', async () => {
    const codes: unknown[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await gql(
        t.agent(),
        REQUEST_RESET,
        { e: `adres-${i}@school.example` },
        fromIp('198.51.100.200'),
      );
      codes.push(errorCode(res) ?? res.data?.requestPasswordReset);
    }
    expect(codes).toEqual([...Array(10).fill(true), 'TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
    await backgroundDone();
  });

  it('answers a reset request for a known and an unknown address identically', async () => {
    await aMember(t.dataSource, { email: 'hanna@school.example' });
    // Everything the client sees, but the seconds to wait (they tick between two requests).
    const answer = async (email: string, ip: string) => {
      const res = await gql(t.agent(), REQUEST_RESET, { e: email }, fromIp(ip));
      const errors = res.errors?.map((e) => ({
        ...e,
        extensions: { code: e.extensions?.['code'] },
      }));
      return { status: res.status, data: res.data, errors };
    };
    const knownAnswers: Awaited<ReturnType<typeof answer>>[] = [];
    const unknownAnswers: Awaited<ReturnType<typeof answer>>[] = [];
    for (let i = 0; i < 6; i++) {
      knownAnswers.push(await answer('hanna@school.example', '198.51.100.210'));
      unknownAnswers.push(await answer('hanna-niet@school.example', '198.51.100.211'));
    }
    expect(knownAnswers).toEqual(unknownAnswers);
    expect(knownAnswers[0]).toEqual({ status: 200, data: { requestPasswordReset: true } });
    expect(errorCode(knownAnswers[5])).toBe('TOO_MANY_REQUESTS');
    await backgroundDone();
    expect(await resetMailsTo('hanna@school.example')).toBe(1);
    expect(await resetMailsTo('hanna-niet@school.example')).toBe(0);
  });
});

describe('password-reset mail through the job queue (pg-boss)', () => {
  const onRealPostgres = isEmbeddedTestDatabase() ? it.skip : it;
  if (isEmbeddedTestDatabase()) {
    console.warn(
      'auth-throttle: the pg-boss reset-mail test needs real PostgreSQL (set TEST_DATABASE_URL); skipped on PGlite.',
    );
  }

  onRealPostgres('answers at once and mails the link from the queue worker', async () => {
    const t = await createTestApp({ JOBS_ENABLED: 'true' });
    try {
      await aMember(t.dataSource, { email: 'ida@school.example' });
      const res = await gql(t.agent(), REQUEST_RESET, { e: 'ida@school.example' });
      expect(res.data).toEqual({ requestPasswordReset: true });
      const outbox = t.dataSource.getRepository(MailOutboxEntity);
      const deadline = Date.now() + 15_000;
      while (!(await outbox.countBy({ subject: RESET_SUBJECT })) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(
        (await outbox.findBy({ subject: RESET_SUBJECT })).map((mail) => mail.toAddress),
      ).toEqual(['ida@school.example']);
    } finally {
      await t.close();
    }
  });
});
