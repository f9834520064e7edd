import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import { MailOutboxEntity } from '../src/mail/mail-outbox.entity';
import { MemberEntity } from '../src/members/member.entity';
import { MemberImportService } from '../src/members/member-import.service';
import { aMember } from './factories';
import { createTestApp, TestApp } from './test-app';
import { testDatabaseUrl } from './test-database';

const ROOT = resolve(__dirname, '../../..');
const run = promisify(execFile);

function cli(...args: string[]) {
  // Async on purpose: in embedded mode the database lives in this process's event loop.
  return run(process.execPath, ['tools/scripts/run-ts.mjs', 'apps/api/src/cli/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: testDatabaseUrl(), NODE_ENV: 'test', NODE_OPTIONS: '' },
  });
}

const CSV = `email,name,school,job_role,platform_role
jan@school.example,Jan Jansen,"OBS De Linde, Ede",leerkracht,
geen-email,Piet,"OBS De Linde, Ede",leerkracht,
kim@school.example,Kim de Vries,"CBS Het Anker, Wageningen",Intern begeleider (IB'er),moderator
KIM@school.example,Kim Dubbel,"CBS Het Anker, Wageningen",leerkracht,
lot@school.example,,"CBS Het Anker, Wageningen",leerkracht,
max@school.example,Max Mol,"CBS Het Anker, Wageningen",astronaut,
oud@school.example,Oud Lid,"OBS De Linde, Ede",leerkracht,
noor@school.example,Noor,"OBS De Linde, Ede",leerkracht,superheld
`;

describe('CLI: import-members and create-user', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('imports the good rows of a CSV with bad rows, invites them and reports the bad ones by line', async () => {
    await aMember(t.dataSource, { email: 'oud@school.example', name: 'Bestaand Lid' });
    const report = await t.app.get(MemberImportService).importCsv(CSV);
    expect(report.imported).toBe(2);
    expect(report.skipped).toEqual([
      { line: 8, email: 'oud@school.example', reason: 'Bestaat al; niet gewijzigd' },
    ]);
    expect(report.rejected.map((r) => [r.line, r.reason])).toEqual([
      [3, 'Ongeldig e-mailadres: "geen-email"'],
      [5, 'Dubbel e-mailadres (ook op regel 4)'],
      [6, 'Naam ontbreekt'],
      [7, 'Onbekende functie: "astronaut"'],
      [9, 'Onbekende platformrol: "superheld" (member, moderator, coordinator of admin)'],
    ]);
    const members = await t.dataSource.getRepository(MemberEntity).find({
      where: [
        { email: 'jan@school.example' },
        { email: 'kim@school.example' },
        { email: 'oud@school.example' },
      ],
      relations: { school: true },
      order: { email: 'ASC' },
    });
    expect(
      members.map((m) => [
        m.email,
        m.name,
        m.status,
        m.jobRole,
        m.platformRole,
        m.school?.name,
        m.school?.town,
      ]),
    ).toEqual([
      [
        'jan@school.example',
        'Jan Jansen',
        'INVITED',
        'leerkracht',
        'MEMBER',
        'OBS De Linde',
        'Ede',
      ],
      [
        'kim@school.example',
        'Kim de Vries',
        'INVITED',
        'intern-begeleider',
        'MODERATOR',
        'CBS Het Anker',
        'Wageningen',
      ],
      [
        'oud@school.example',
        'Bestaand Lid',
        'ACTIVE',
        'leerkracht',
        'MEMBER',
        undefined,
        undefined,
      ],
    ]);
    const mails = await t.dataSource
      .getRepository(MailOutboxEntity)
      .find({ order: { toAddress: 'ASC' } });
    expect(mails.map((m) => m.toAddress)).toEqual(['jan@school.example', 'kim@school.example']);
  });

  it('runs as a command: import-members prints the report, create-user makes an active admin', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deelwijs-cli-'));
    const file = join(dir, 'leden.csv');
    writeFileSync(
      file,
      'email,name,school,job_role\nsara@school.example,Sara,"OBS Tamarinde, Ede",leerkracht\nfout,X,,leerkracht\n',
    );
    const imported = await cli('import-members', file);
    expect(imported.stdout).toContain('Geïmporteerd: 1 leden');
    expect(imported.stdout).toContain('regel 3 (fout): Ongeldig e-mailadres');

    const created = await cli(
      'create-user',
      '--email',
      'Baas@School.example',
      '--name',
      'De Baas',
      '--password',
      'zonnige-dinsdag-in-ede',
      '--role',
      'admin',
      '--school',
      'OBS Tamarinde, Ede',
    );
    expect(created.stdout).toContain('Account aangemaakt: baas@school.example (ADMIN');
    const baas = await t.dataSource
      .getRepository(MemberEntity)
      .findOneByOrFail({ email: 'baas@school.example' });
    expect([baas.status, baas.platformRole]).toEqual(['ACTIVE', 'ADMIN']);

    await expect(
      cli(
        'create-user',
        '--email',
        'zwak@school.example',
        '--name',
        'Zwak',
        '--password',
        'wachtwoord1234',
      ),
    ).rejects.toMatchObject({ stderr: expect.stringContaining('te makkelijk te raden') });
  }, 60_000);
});
