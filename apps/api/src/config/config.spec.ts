import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('works with nothing set: embedded database, demo data, no built-in secret', () => {
    const config = loadConfig({});
    // The signing secret is generated per installation at start-up (see secrets.ts).
    expect(config.SESSION_SECRET).toBeUndefined();
    expect(config).toMatchObject({
      PORT: 3000,
      embedded: true,
      DEMO_DATA: true,
      secureCookies: false,
      LOGIN_MAX_PER_IP_PER_MINUTE: 60,
      LOGIN_MAX_PER_ACCOUNT_PER_15_MINUTES: 10,
      ROUTING_NOTIFY_TOP: 3,
      ROUTING_MAX_PER_EXPERT_PER_WEEK: 3,
    });
  });

  it('uses real PostgreSQL without demo data when DATABASE_URL is set, and Secure cookies on https', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u:p@db.example:5432/deelwijs',
      PUBLIC_URL: 'https://deelwijs.example',
    });
    expect([config.embedded, config.DEMO_DATA, config.secureCookies]).toEqual([false, false, true]);
  });

  it('derives PUBLIC_URL from HOST and PORT when it is not set', () => {
    expect(loadConfig({}).PUBLIC_URL).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '3100' }).PUBLIC_URL).toBe('http://localhost:3100');
    expect(loadConfig({ HOST: '127.0.0.1', PORT: '3100' }).PUBLIC_URL).toBe(
      'http://127.0.0.1:3100',
    );
    expect(loadConfig({ HOST: '::1', PORT: '3100' }).PUBLIC_URL).toBe('http://[::1]:3100');
    expect(loadConfig({ PORT: '3100', PUBLIC_URL: 'https://deelwijs.example' }).PUBLIC_URL).toBe(
      'https://deelwijs.example',
    );
  });

  it('stops with the names of every bad variable', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'zeventig', DATABASE_URL: 'mysql://x', DEMO_DATA: 'misschien' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const names = (error as ConfigError).problems.map((p) => p.split(':')[0]).sort();
    expect(names).toEqual(['DATABASE_URL', 'DEMO_DATA', 'PORT']);
  });

  it('requires a session secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    expect(
      loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) }).SESSION_SECRET,
    ).toBe('x'.repeat(32));
  });

  it('treats empty values as unset', () => {
    const config = loadConfig({ PORT: '', SMTP_URL: '' });
    expect(config.PORT).toBe(3000);
    expect(config.SMTP_URL).toBeUndefined();
  });
});
