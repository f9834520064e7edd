import type { ProfileInput } from '@deelwijs/taxonomy';
import { Injectable, Logger } from '@nestjs/common';
import { isEmail } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';

import { BadUserInputError } from '../common/errors';
import { MemberEntity, MemberStatus } from '../members/member.entity';
import { resolveJobRole } from '../members/member-import.service';
import { MembersService, normaliseEmail } from '../members/members.service';
import {
  OrganisationService,
  parseSchoolRef,
  schoolKey,
  SchoolRef,
} from '../organisation/organisation.service';
import { TaxonomyService, TaxonomySnapshot } from '../taxonomy/taxonomy.service';
import { PROFILE_LIMITS } from './dto/update-profile.input';
import { checkExpertise, CleanExpertise, cleanTags, cleanText } from './profile-rules';
import { ProfilesService } from './profiles.service';
import { PreparedDocument, SearchIndexHook } from './search-index.hook';

/** One line of the bulk format (the format of shared/eval/profiles.jsonl). */
export interface ProfileRecord {
  id?: string;
  name: string;
  email: string;
  role: string;
  school?: string | null;
  expertise?: {
    domain: string;
    subtopics?: string[];
    level: string;
    source?: string | null;
    offers?: string[];
    description?: string | null;
  }[];
  tags?: string[];
  bio?: string | null;
  headline?: string | null;
  availability?: string | null;
  open_for_questions?: boolean;
}

interface CleanRecord {
  line: number;
  email: string;
  name: string;
  jobRole: string;
  school: SchoolRef | null;
  entries: CleanExpertise[];
  tags: string[];
  bio: string | null;
  headline: string | null;
  availability: string | null;
  openForQuestions: boolean;
}

export interface ProfileImportReport {
  imported: number;
  created: number;
  updated: number;
  rejected: { line: number; email?: string; reason: string }[];
  seconds: number;
}

export interface ProfileImportOptions {
  /** An argon2id hash (hashed once per run): accounts become active with that password. */
  passwordHash?: string;
  batchSize?: number;
}

/**
 * Bulk import of members with their expertise profiles (`npm run cli -- import-profiles`, and the
 * demo data). Idempotent on lower-cased e-mail: a known member is updated and their expertise
 * replaced by the file's. Every line is checked; good lines are written in batches of one
 * transaction each, and bad lines are reported with their line number and reason.
 */
@Injectable()
export class ProfileImportService {
  private readonly logger = new Logger('ProfileImport');

  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly organisation: OrganisationService,
    private readonly members: MembersService,
    private readonly profiles: ProfilesService,
    private readonly searchIndex: SearchIndexHook,
  ) {}

  async importJsonl(
    content: string,
    options: ProfileImportOptions = {},
  ): Promise<ProfileImportReport> {
    const records: { line: number; record: unknown }[] = [];
    const rejected: ProfileImportReport['rejected'] = [];
    content.split(/\r?\n/).forEach((text, index) => {
      if (!text.trim()) return;
      try {
        records.push({ line: index + 1, record: JSON.parse(text) });
      } catch {
        rejected.push({ line: index + 1, reason: 'Geen geldige JSON' });
      }
    });
    const report = await this.importRecords(records, options);
    report.rejected = [...rejected, ...report.rejected].sort((a, b) => a.line - b.line);
    return report;
  }

  async importRecords(
    records: { line: number; record: unknown }[],
    options: ProfileImportOptions = {},
  ): Promise<ProfileImportReport> {
    const started = Date.now();
    const taxonomy = await this.taxonomy.snapshot();
    const report: ProfileImportReport = {
      imported: 0,
      created: 0,
      updated: 0,
      rejected: [],
      seconds: 0,
    };
    const valid: CleanRecord[] = [];
    const seen = new Map<string, number>();
    for (const { line, record } of records) {
      try {
        const clean = checkRecord(record, line, taxonomy);
        const earlier = seen.get(clean.email);
        if (earlier) throw new Error(`Dubbel e-mailadres (ook op regel ${earlier})`);
        seen.set(clean.email, line);
        valid.push(clean);
      } catch (error) {
        const email =
          typeof (record as ProfileRecord)?.email === 'string'
            ? (record as ProfileRecord).email
            : undefined;
        report.rejected.push({ line, email, reason: (error as Error).message });
      }
    }
    // Pipelined: the search documents of batch k+1 are built (CPU) while batch k is written
    // (database), each batch in its own transaction.
    const size = options.batchSize ?? 500;
    let writing: Promise<void> = Promise.resolve();
    for (let i = 0; i < valid.length; i += size) {
      const batch = valid.slice(i, i + size);
      const prepared = await this.searchIndex.prepare(batch.map(profileContent));
      await writing;
      writing = this.writeWithRetry(batch, prepared, options, report);
    }
    await writing;
    report.rejected.sort((a, b) => a.line - b.line);
    report.seconds = (Date.now() - started) / 1000;
    return report;
  }

  /** Writes a batch in one transaction; if that fails, line by line, reporting the bad ones. */
  private async writeWithRetry(
    batch: CleanRecord[],
    prepared: PreparedDocument[] | undefined,
    options: ProfileImportOptions,
    report: ProfileImportReport,
  ) {
    try {
      await this.dataSource.transaction((manager) =>
        this.writeBatch(manager, batch, prepared, options, report),
      );
    } catch (error) {
      this.logger.warn(`Batch failed, retrying line by line: ${(error as Error).message}`);
      for (const [i, one] of batch.entries()) {
        try {
          await this.dataSource.transaction((manager) =>
            this.writeBatch(manager, [one], prepared && [prepared[i]], options, report),
          );
        } catch (lineError) {
          report.rejected.push({
            line: one.line,
            email: one.email,
            reason: (lineError as Error).message,
          });
        }
      }
    }
  }

  private async writeBatch(
    manager: EntityManager,
    batch: CleanRecord[],
    prepared: PreparedDocument[] | undefined,
    options: ProfileImportOptions,
    report: ProfileImportReport,
  ) {
    const schoolIds = await this.organisation.upsertSchools(
      manager,
      batch.flatMap((r) => (r.school ? [r.school] : [])),
    );
    const status = options.passwordHash ? MemberStatus.ACTIVE : MemberStatus.INVITED;
    const rows: (MemberEntity & { created: boolean })[] = await manager.query(
      `INSERT INTO member (email, name, school_id, job_role, status, password_hash)
       SELECT * FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[])
       ON CONFLICT (email) DO UPDATE SET
         name = excluded.name, school_id = excluded.school_id, job_role = excluded.job_role,
         status = CASE WHEN $7::boolean THEN 'ACTIVE' ELSE member.status END,
         password_hash = CASE WHEN $7::boolean THEN excluded.password_hash ELSE member.password_hash END,
         updated_at = now()
       RETURNING id, email, name, locale, (xmax = 0) AS created`,
      [
        batch.map((r) => r.email),
        batch.map((r) => r.name),
        batch.map((r) => (r.school ? (schoolIds.get(schoolKey(r.school)) ?? null) : null)),
        batch.map((r) => r.jobRole),
        batch.map(() => status),
        batch.map(() => options.passwordHash ?? null),
        Boolean(options.passwordHash),
      ],
    );
    const idByEmail = new Map(rows.map((row) => [row.email, row.id]));
    const memberIds = batch.map((r) => idByEmail.get(r.email) as string);
    await manager.query(
      `INSERT INTO expertise_profile (member_id, headline, bio, tags, open_for_questions, availability)
       SELECT member_id, headline, bio, ARRAY(SELECT jsonb_array_elements_text(tags)), open_for_questions, availability
         FROM jsonb_to_recordset($1::jsonb) AS p(member_id uuid, headline text, bio text, tags jsonb,
              open_for_questions boolean, availability text)
       ON CONFLICT (member_id) DO UPDATE SET
         headline = excluded.headline, bio = excluded.bio, tags = excluded.tags,
         open_for_questions = excluded.open_for_questions, availability = excluded.availability,
         updated_at = now()`,
      [
        JSON.stringify(
          batch.map((r, i) => ({
            member_id: memberIds[i],
            headline: r.headline,
            bio: r.bio,
            tags: r.tags,
            open_for_questions: r.openForQuestions,
            availability: r.availability,
          })),
        ),
      ],
    );
    await this.profiles.replaceEntries(
      manager,
      memberIds,
      new Map(batch.map((r, i) => [memberIds[i], r.entries])),
    );
    const created = rows.filter((row) => row.created);
    if (!options.passwordHash) await this.members.sendInvitations(manager, created);
    await this.searchIndex.refresh(
      manager,
      memberIds,
      prepared && new Map(memberIds.map((id, i) => [id, prepared[i]])),
    );
    report.imported += batch.length;
    report.created += created.length;
    report.updated += batch.length - created.length;
  }
}

/** What a search document is built from. */
function profileContent(record: CleanRecord): ProfileInput {
  return {
    headline: record.headline,
    bio: record.bio,
    tags: record.tags,
    expertise: record.entries.map((entry) => ({
      domain: entry.domainSlug,
      subtopics: entry.subtopicSlugs,
      level: entry.level,
      offers: entry.offers,
      description: entry.description,
    })),
  };
}

function checkRecord(raw: unknown, line: number, taxonomy: TaxonomySnapshot): CleanRecord {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new Error('Verwacht een JSON-object');
  const record = raw as ProfileRecord;
  const email = normaliseEmail(String(record.email ?? ''));
  if (!email || !isEmail(email) || email.length > 254)
    throw new Error(`Ongeldig e-mailadres: "${record.email ?? ''}"`);
  const name = typeof record.name === 'string' ? record.name.trim() : '';
  if (!name || name.length > 120) throw new Error('Naam ontbreekt of is langer dan 120 tekens');
  const jobRole = resolveJobRole(String(record.role ?? ''));
  if (!jobRole) throw new Error(`Onbekende functie: "${record.role ?? ''}"`);
  const school = record.school ? parseSchoolRef(String(record.school)) : null;
  if (record.school && !school) throw new Error(`Ongeldige school: "${record.school}"`);
  if (record.expertise !== undefined && !Array.isArray(record.expertise))
    throw new Error('expertise moet een lijst zijn');
  if (
    record.tags !== undefined &&
    (!Array.isArray(record.tags) || record.tags.some((t) => typeof t !== 'string'))
  ) {
    throw new Error('tags moet een lijst met woorden zijn');
  }
  const bio = cleanText(typeof record.bio === 'string' ? record.bio : null);
  if (bio && bio.length > PROFILE_LIMITS.bio)
    throw new Error(`bio is langer dan ${PROFILE_LIMITS.bio} tekens`);
  const tags = cleanTags(record.tags ?? []).slice(0, PROFILE_LIMITS.tags);
  let entries: CleanExpertise[];
  try {
    entries = checkExpertise(
      (record.expertise ?? []).map((e) => ({ ...e, level: String(e?.level ?? '') })),
      taxonomy,
      undefined,
      'expertise',
    );
  } catch (error) {
    if (error instanceof BadUserInputError) throw new Error(`${error.field}: ${error.message}`);
    throw error;
  }
  return {
    line,
    email,
    name,
    jobRole,
    school,
    entries,
    tags,
    bio,
    headline: cleanText(record.headline ?? null)?.slice(0, PROFILE_LIMITS.headline) ?? null,
    availability:
      cleanText(record.availability ?? null)?.slice(0, PROFILE_LIMITS.availability) ?? null,
    openForQuestions: record.open_for_questions ?? true,
  };
}
