import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { DataSource } from 'typeorm';

import { loadConfig } from './config';
import { resolveSecret, SECRET_FILE, secretFromFile, Secrets } from './secrets';

const OLD_DEVELOPMENT_SECRET = 'deelwijs-development-session-secret-not-for-production';
const noDatabase = {} as DataSource; // these paths never touch it

describe('the installation secret', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'deelwijs-secret-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is generated in DATA_DIR on first start, owner-only, and kept for later starts', () => {
    const dataDir = join(dir, 'data');
    const first = secretFromFile(dataDir);
    expect(Buffer.from(first, 'base64url').length).toBe(48);
    expect(statSync(join(dataDir, SECRET_FILE)).mode & 0o777).toBe(0o600);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(secretFromFile(dataDir)).toBe(first);
    expect(readFileSync(join(dataDir, SECRET_FILE), 'utf8').trim()).toBe(first);
  });

  it('stops with a clear message when the file holds no usable secret', () => {
    writeFileSync(join(dir, SECRET_FILE), 'kort\n');
    expect(() => secretFromFile(dir)).toThrow(/Remove it to have a new one generated/);
  });

  it('is SESSION_SECRET when set, else the embedded file, never a built-in value', async () => {
    const configured = 'x'.repeat(40);
    expect(
      await resolveSecret(loadConfig({ SESSION_SECRET: configured, DATA_DIR: dir }), noDatabase),
    ).toBe(configured);
    const embedded = await resolveSecret(loadConfig({ DATA_DIR: dir }), noDatabase);
    expect(embedded).toBe(readFileSync(join(dir, SECRET_FILE), 'utf8').trim());
    expect(embedded).not.toBe(OLD_DEVELOPMENT_SECRET);
    const inMemory = loadConfig({ DATA_DIR: 'memory://' });
    const [a, b] = [
      await resolveSecret(inMemory, noDatabase),
      await resolveSecret(inMemory, noDatabase),
    ];
    expect(a).not.toBe(b);
    expect(a.length).toBeGreaterThanOrEqual(32);
  });

  it('signs with HMAC-SHA256 and refuses a short key', () => {
    const secrets = new Secrets('k'.repeat(32));
    expect(secrets.sign('calendar-feed:a:1')).toMatch(/^[\w-]{43}$/);
    expect(secrets.sign('calendar-feed:a:1')).not.toBe(
      new Secrets('j'.repeat(32)).sign('calendar-feed:a:1'),
    );
    expect(() => new Secrets('kort')).toThrow();
  });
});
