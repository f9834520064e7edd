import { TAXONOMY } from '@deelwijs/taxonomy';
import { Injectable, Logger } from '@nestjs/common';
import { isEmail } from 'class-validator';
import { parse } from 'csv-parse/sync';
import { DataSource, EntityManager } from 'typeorm';

import {
  OrganisationService,
  parseSchoolRef,
  schoolKey,
  SchoolRef,
} from '../organisation/organisation.service';
import { MemberEntity, MemberStatus, PlatformRole } from './member.entity';
import { MembersService, normaliseEmail } from './members.service';

export interface ImportProblem {
  line: number;
  email?: string;
  reason: string;
}

export interface ImportReport {
  imported: number;
  skipped: ImportProblem[];
  rejected: ImportProblem[];
}

export interface NewMemberRow {
  email: string;
  name: string;
  school: SchoolRef | null;
  jobRole: string;
  platformRole: PlatformRole;
  status: MemberStatus;
  passwordHash?: string | null;
}

const BATCH = 200;

/** Accepts a job-role slug or its Dutch/English label, case-insensitive. */
export function resolveJobRole(value: string): string | null {
  const text = value.trim().toLowerCase();
  const role = TAXONOMY.roles.find(
    (r) =>
      r.slug === text || r.label_nl.toLowerCase() === text || r.label_en.toLowerCase() === text,
  );
  return role?.slug ?? null;
}

@Injectable()
export class MemberImportService {
  private readonly logger = new Logger('MemberImport');

  constructor(
    private readonly dataSource: DataSource,
    private readonly organisation: OrganisationService,
    private readonly members: MembersService,
  ) {}

  /**
   * Inserts members (and their schools) in one statement each; existing e-mails are left alone.
   * Returns the inserted members. Runs in the caller's transaction.
   */
  async insertMembers(manager: EntityManager, rows: NewMemberRow[]): Promise<MemberEntity[]> {
    if (!rows.length) return [];
    const schoolIds = await this.organisation.upsertSchools(
      manager,
      rows.flatMap((row) => (row.school ? [row.school] : [])),
    );
    const inserted: MemberEntity[] = await manager.query(
      `INSERT INTO member (email, name, school_id, job_role, platform_role, status, password_hash)
       SELECT * FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[])
       ON CONFLICT (email) DO NOTHING
       RETURNING id, email, name, school_id AS "schoolId", job_role AS "jobRole",
                 platform_role AS "platformRole", status, locale`,
      [
        rows.map((r) => r.email),
        rows.map((r) => r.name),
        rows.map((r) => (r.school ? (schoolIds.get(schoolKey(r.school)) ?? null) : null)),
        rows.map((r) => r.jobRole),
        rows.map((r) => r.platformRole),
        rows.map((r) => r.status),
        rows.map((r) => r.passwordHash ?? null),
      ],
    );
    return inserted;
  }

  /** CSV onboarding: `email,name,school,job_role[,platform_role]`; every valid row gets an invitation. */
  async importCsv(content: string): Promise<ImportReport> {
    const report: ImportReport = { imported: 0, skipped: [], rejected: [] };
    let records: { record: Record<string, string>; info: { lines: number } }[];
    try {
      records = parse(content, {
        columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
        skip_empty_lines: true,
        trim: true,
        bom: true,
        info: true,
        relax_column_count: true,
      });
    } catch (error) {
      report.rejected.push({
        line: 1,
        reason: `CSV kan niet worden gelezen: ${(error as Error).message}`,
      });
      return report;
    }
    const first = records[0]?.record ?? {};
    const missing = ['email', 'name', 'school', 'job_role'].filter(
      (c) => records.length && !(c in first),
    );
    if (missing.length) {
      report.rejected.push({
        line: 1,
        reason: `Kolommen ontbreken in de kopregel: ${missing.join(', ')}`,
      });
      return report;
    }

    const valid: (NewMemberRow & { line: number })[] = [];
    const seen = new Map<string, number>();
    for (const { record, info } of records) {
      const line = info.lines;
      const result = this.validateRow(record);
      if (typeof result === 'string') {
        report.rejected.push({ line, email: record['email'], reason: result });
        continue;
      }
      const earlier = seen.get(result.email);
      if (earlier) {
        report.rejected.push({
          line,
          email: result.email,
          reason: `Dubbel e-mailadres (ook op regel ${earlier})`,
        });
        continue;
      }
      seen.set(result.email, line);
      valid.push({ ...result, line });
    }

    for (let i = 0; i < valid.length; i += BATCH) {
      const batch = valid.slice(i, i + BATCH);
      try {
        await this.importBatch(batch, report);
      } catch (error) {
        // A batch failed as a whole (e.g. a concurrent insert): retry row by row so no good row is lost.
        this.logger.warn(`Batch failed, retrying rows one by one: ${(error as Error).message}`);
        for (const row of batch) {
          try {
            await this.importBatch([row], report);
          } catch (rowError) {
            report.rejected.push({
              line: row.line,
              email: row.email,
              reason: (rowError as Error).message,
            });
          }
        }
      }
    }
    report.rejected.sort((a, b) => a.line - b.line);
    return report;
  }

  private async importBatch(batch: (NewMemberRow & { line: number })[], report: ImportReport) {
    await this.dataSource.transaction(async (manager) => {
      const inserted = await this.insertMembers(manager, batch);
      const insertedEmails = new Set(inserted.map((m) => m.email));
      await this.members.sendInvitations(manager, inserted);
      report.imported += inserted.length;
      for (const row of batch) {
        if (!insertedEmails.has(row.email)) {
          report.skipped.push({
            line: row.line,
            email: row.email,
            reason: 'Bestaat al; niet gewijzigd',
          });
        }
      }
    });
  }

  private validateRow(record: Record<string, string>): NewMemberRow | string {
    const email = normaliseEmail(record['email'] ?? '');
    if (!email) return 'E-mailadres ontbreekt';
    if (!isEmail(email) || email.length > 254) return `Ongeldig e-mailadres: "${record['email']}"`;
    const name = (record['name'] ?? '').trim();
    if (!name) return 'Naam ontbreekt';
    if (name.length > 120) return 'Naam is langer dan 120 tekens';
    const schoolText = (record['school'] ?? '').trim();
    const school = schoolText ? parseSchoolRef(schoolText) : null;
    if (schoolText && !school) return `Ongeldige school: "${schoolText}" (verwacht "Naam, Plaats")`;
    const jobRole = resolveJobRole(record['job_role'] ?? '');
    if (!jobRole) return `Onbekende functie: "${record['job_role'] ?? ''}"`;
    const platformText = (record['platform_role'] ?? '').trim().toUpperCase();
    let platformRole = PlatformRole.MEMBER;
    if (platformText) {
      if (!(Object.values(PlatformRole) as string[]).includes(platformText)) {
        return `Onbekende platformrol: "${record['platform_role']}" (member, moderator, coordinator of admin)`;
      }
      platformRole = platformText as PlatformRole;
    }
    return { email, name, school, jobRole, platformRole, status: MemberStatus.INVITED };
  }
}
