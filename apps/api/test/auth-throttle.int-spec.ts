import { PasswordService } from '../src/auth/password.service';
import { aMember, TEST_PASSWORD } from './factories';
import { createTestApp, errorCode, gql, TestApp } from './test-app';

const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) { id }
}`;

/** The client address as the trusted proxy (loopback, TRUST_PROXY's default) reports it. */
const fromIp = (ip: string) => ({ 'x-forwarded-for': ip });

const count = (values: unknown[], value: unknown) => values.filter((v) => v === value).length;

describe('login throttling', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      LOGIN_MAX_PER_ACCOUNT_PER_15_MINUTES: '3',
      LOGIN_MAX_PER_ACCOUNT_PER_DAY: '8',
    });
  });
  afterAll(() => t.close());

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
    }
    expect(errorCode(await login(member.email, TEST_PASSWORD, '192.0.2.100'))).toBe(
      'TOO_MANY_REQUESTS',
    );
  });

  it('does not count successful sign-ins towards the daily account limit', async () => {
    const member = await aMember(t.dataSource, { email: 'vaak@school.example' });
    for (let i = 0; i < 12; i++) {
      const res = await login(member.email, TEST_PASSWORD, `192.0.2.${200 + (i % 3)}`);
      expect(res.errors).toBeUndefined();
    }
  });
});
