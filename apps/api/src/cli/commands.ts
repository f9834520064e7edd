import { readFile } from 'node:fs/promises';

import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { checkPasswordPolicy, PasswordService } from '../auth/password.service';
import { BadUserInputError, DomainError } from '../common/errors';
import { MemberStatus, PlatformRole } from '../members/member.entity';
import {
  ImportReport,
  MemberImportService,
  resolveJobRole,
} from '../members/member-import.service';
import { normaliseEmail } from '../members/members.service';
import { parseSchoolRef } from '../organisation/organisation.service';
import { ProfileImportReport, ProfileImportService } from '../profiles/profile-import.service';

export interface CreateUserOptions {
  email: string;
  name: string;
  password: string;
  role?: string;
  jobRole?: string;
  school?: string;
}

/** `create-user`: an active account with a password (the first admin, test accounts). */
export async function createUser(app: INestApplicationContext, options: CreateUserOptions) {
  const email = normaliseEmail(options.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw new BadUserInputError('email', `Ongeldig e-mailadres: ${options.email}`);
  }
  if (!options.name?.trim()) throw new BadUserInputError('name', 'Naam ontbreekt (--name)');
  const platformRole = (options.role ?? 'member').toUpperCase() as PlatformRole;
  if (!Object.values(PlatformRole).includes(platformRole)) {
    throw new BadUserInputError(
      'role',
      `Onbekende rol "${options.role}": member, moderator, coordinator of admin`,
    );
  }
  const jobRole = resolveJobRole(options.jobRole ?? 'leerkracht');
  if (!jobRole) throw new BadUserInputError('job-role', `Onbekende functie "${options.jobRole}"`);
  const school = options.school ? parseSchoolRef(options.school) : null;
  if (options.school && !school) throw new BadUserInputError('school', 'Gebruik "Naam, Plaats"');
  checkPasswordPolicy(options.password, [options.name, email]);
  const passwordHash = await app.get(PasswordService).hash(options.password);
  const importer = app.get(MemberImportService);
  return app.get(DataSource).transaction(async (manager) => {
    const [member] = await importer.insertMembers(manager, [
      {
        email,
        name: options.name.trim(),
        school,
        jobRole,
        platformRole,
        status: MemberStatus.ACTIVE,
        passwordHash,
      },
    ]);
    if (!member)
      throw new DomainError('CONFLICT', `Er bestaat al een account voor ${email}`, 'email');
    await app.get(AuditService).record(manager, {
      actorId: null,
      action: 'member.created_cli',
      targetType: 'member',
      targetId: member.id,
      data: { email, platformRole },
    });
    return member;
  });
}

export async function importMembers(
  app: INestApplicationContext,
  file: string,
): Promise<ImportReport> {
  const content = await readFile(file, 'utf8');
  return app.get(MemberImportService).importCsv(content);
}

export function formatReport(report: ImportReport, noun = 'leden'): string {
  const lines = [
    `Geïmporteerd: ${report.imported} ${noun}`,
    `Overgeslagen (bestonden al): ${report.skipped.length}`,
    `Afgewezen: ${report.rejected.length}`,
  ];
  for (const row of report.rejected) {
    lines.push(`  regel ${row.line}${row.email ? ` (${row.email})` : ''}: ${row.reason}`);
  }
  return lines.join('\n');
}

export async function importProfiles(
  app: INestApplicationContext,
  file: string,
  password?: string,
): Promise<ProfileImportReport> {
  const content = await readFile(file, 'utf8');
  let passwordHash: string | undefined;
  if (password !== undefined) {
    checkPasswordPolicy(password, [], 'password');
    passwordHash = await app.get(PasswordService).hash(password); // once per run, not per member
  }
  return app.get(ProfileImportService).importJsonl(content, { passwordHash });
}

export function formatProfileReport(report: ProfileImportReport): string {
  const rate = report.seconds > 0 ? Math.round(report.imported / report.seconds) : report.imported;
  const lines = [
    `Geïmporteerd: ${report.imported} profielen (${report.created} nieuw, ${report.updated} bijgewerkt) in ${report.seconds.toFixed(2)} s (${rate}/s)`,
    `Afgewezen: ${report.rejected.length}`,
  ];
  for (const row of report.rejected) {
    lines.push(`  regel ${row.line}${row.email ? ` (${row.email})` : ''}: ${row.reason}`);
  }
  return lines.join('\n');
}
