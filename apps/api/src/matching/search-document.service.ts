import {
  buildSearchDocument,
  getSubtopic,
  levelRank,
  type ProfileInput,
  type SearchDocumentFields,
} from '@deelwijs/taxonomy';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { PreparedDocument, SearchIndexer, SearchIndexHook } from '../profiles/search-index.hook';
import { TaxonomyService } from '../taxonomy/taxonomy.service';

/** Bump when the document layout or builder changes: older documents are rebuilt at start-up. */
export const SEARCH_DOCUMENT_VERSION = 1;

const CHUNK = 1000;
/** `prepare` yields to the event loop after this long, so a running write keeps going. */
const PREPARE_SLICE_MS = 8;

/** Who the document belongs to and where they work (the rest comes from the profile). */
interface IdentityRow {
  member_id: string;
  school_id: string | null;
  board_id: string | null;
  job_role: string;
  status: string;
  open_for_questions: boolean;
}

interface ProfileRow extends IdentityRow {
  headline: string | null;
  bio: string | null;
  tags: string[];
  expertise: {
    domain: string;
    subtopics: string[];
    level: string;
    offers: string[];
    description: string | null;
  }[];
}

interface ExtraSubtopic {
  slug: string;
  domain_slug: string;
  label_nl: string;
  label_en: string;
  synonyms_nl: string[];
  synonyms_en: string[];
}

/** Reads the identity part of the documents: member, school board, availability. */
const READ_IDENTITY_SQL = /* sql */ `
SELECT m.id AS member_id, m.school_id, s.board_id, m.job_role, m.status, p.open_for_questions
  FROM member m
  JOIN expertise_profile p ON p.member_id = m.id
  LEFT JOIN school s ON s.id = m.school_id
 WHERE m.id = ANY($1::uuid[])`;

/** Reads what the documents are built from: member, school board, profile and entries. */
const READ_SQL = /* sql */ `
SELECT m.id AS member_id, m.school_id, s.board_id, m.job_role, m.status, p.open_for_questions,
       p.headline, p.bio, p.tags,
       coalesce((SELECT json_agg(json_build_object('domain', e.domain_slug, 'subtopics', e.subtopic_slugs,
                                                   'level', e.level, 'offers', e.offers,
                                                   'description', e.description) ORDER BY e.position)
                 FROM expertise_entry e WHERE e.member_id = m.id), '[]') AS expertise
  FROM member m
  JOIN expertise_profile p ON p.member_id = m.id
  LEFT JOIN school s ON s.id = m.school_id
 WHERE m.id = ANY($1::uuid[])`;

/**
 * Writes the documents of a batch in one statement: upserts the documents, deletes those of
 * members without a profile, replaces their topic rows and applies the document-frequency
 * deltas (old lexemes -1, new +1; lexeme '' counts documents) in lexeme order.
 */
const WRITE_SQL = /* sql */ `
WITH input AS (
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(
    member_id uuid, school_id uuid, board_id uuid, role text, active boolean,
    open_for_questions boolean, text_a text, text_b text, text_c text, subtopics text[],
    domains text[], subtopic_levels jsonb, inferred_subtopics jsonb, domain_levels jsonb,
    offers text[])
),
old AS (
  SELECT d.member_id, d.tsv FROM search_document d WHERE d.member_id = ANY($2::uuid[])
),
removed AS (
  DELETE FROM search_document d
   WHERE d.member_id = ANY($2::uuid[])
     AND NOT EXISTS (SELECT 1 FROM input i WHERE i.member_id = d.member_id)
),
up AS (
  INSERT INTO search_document AS d (member_id, school_id, board_id, role, active, open_for_questions,
         text_a, text_b, text_c, subtopics, domains, subtopic_levels, inferred_subtopics,
         domain_levels, offers, builder_version, updated_at)
  SELECT member_id, school_id, board_id, role, active, open_for_questions, text_a, text_b, text_c,
         subtopics, domains, subtopic_levels, inferred_subtopics, domain_levels, offers, $3, now()
    FROM input
  ON CONFLICT (member_id) DO UPDATE SET
    school_id = excluded.school_id, board_id = excluded.board_id, role = excluded.role,
    active = excluded.active, open_for_questions = excluded.open_for_questions,
    text_a = excluded.text_a, text_b = excluded.text_b, text_c = excluded.text_c,
    subtopics = excluded.subtopics, domains = excluded.domains,
    subtopic_levels = excluded.subtopic_levels, inferred_subtopics = excluded.inferred_subtopics,
    domain_levels = excluded.domain_levels, offers = excluded.offers,
    builder_version = excluded.builder_version, updated_at = now()
  RETURNING d.member_id, d.tsv
),
delta AS (
  SELECT x.lexeme, sum(x.n)::int AS n
    FROM (SELECT unnest(tsvector_to_array(o.tsv)) AS lexeme, -1 AS n FROM old o
          UNION ALL SELECT '', -1 FROM old
          UNION ALL SELECT unnest(tsvector_to_array(u.tsv)), 1 FROM up u
          UNION ALL SELECT '', 1 FROM up) x
   GROUP BY x.lexeme
  HAVING sum(x.n) <> 0
),
stats AS (
  INSERT INTO search_term AS t (lexeme, ndoc)
  SELECT lexeme, n FROM delta ORDER BY lexeme COLLATE "C"
  ON CONFLICT (lexeme) DO UPDATE SET ndoc = t.ndoc + excluded.ndoc
),
topics_gone AS (
  DELETE FROM search_topic WHERE member_id = ANY($2::uuid[])
),
topics_new AS (
  INSERT INTO search_topic (topic, kind, level, rank, member_id, active)
  SELECT t.topic, t.kind, t.level, t.level * 2 + CASE WHEN t.kind = 'i' THEN 0 ELSE 1 END, i.member_id,
         i.active
    FROM input i
    CROSS JOIN LATERAL (
      SELECT key AS topic, 's'::"char" AS kind, value::smallint AS level FROM jsonb_each_text(i.subtopic_levels)
      UNION ALL SELECT key, 'i', value::smallint FROM jsonb_each_text(i.inferred_subtopics)
      UNION ALL SELECT key, 'd', value::smallint FROM jsonb_each_text(i.domain_levels)
    ) t
)
SELECT count(*)::int AS written FROM up`;

/**
 * Keeps `search_document` (and its topic rows and term statistics) in step with the profiles:
 * every profile write (updateMyProfile, import-profiles, the demo seeder) calls the
 * SearchIndexHook inside its transaction, and this service rebuilds those members' documents
 * there, one read and one write statement per batch. School/role/status changes reach the
 * documents through database triggers (see the migration).
 */
@Injectable()
export class SearchDocumentService implements SearchIndexer, OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('SearchDocuments');

  constructor(
    private readonly dataSource: DataSource,
    private readonly hook: SearchIndexHook,
    private readonly taxonomy: TaxonomyService,
  ) {}

  onModuleInit() {
    this.hook.register(this);
  }

  /** Builds documents for profiles that have none or an outdated one (first deploy, upgrades). */
  async onApplicationBootstrap() {
    await this.backfill();
  }

  async backfill(): Promise<number> {
    let total = 0;
    for (;;) {
      const rows: { member_id: string }[] = await this.dataSource.query(
        `SELECT p.member_id FROM expertise_profile p
           LEFT JOIN search_document d ON d.member_id = p.member_id
          WHERE d.member_id IS NULL OR d.builder_version < $1
          LIMIT ${CHUNK}`,
        [SEARCH_DOCUMENT_VERSION],
      );
      if (!rows.length) break;
      await this.dataSource.transaction((manager) =>
        this.refresh(
          manager,
          rows.map((r) => r.member_id),
        ),
      );
      total += rows.length;
    }
    if (total) this.logger.log(`Built ${total} search documents`);
    return total;
  }

  /**
   * Builds the documents of profile contents without touching the database, yielding to the
   * event loop every few milliseconds: a bulk import runs this for its next batch while the
   * previous batch is being written.
   */
  async prepare(profiles: ProfileInput[]): Promise<PreparedDocument[]> {
    const snapshot = await this.taxonomy.snapshot();
    const lookup = (slug: string): ExtraSubtopic | undefined => {
      const s = snapshot.subtopicBySlug.get(slug);
      return (
        s && {
          slug: s.slug,
          domain_slug: s.domainSlug,
          label_nl: s.labelNl,
          label_en: s.labelEn,
          synonyms_nl: s.synonymsNl,
          synonyms_en: s.synonymsEn,
        }
      );
    };
    const prepared: PreparedDocument[] = [];
    let sliceStart = Date.now();
    for (const profile of profiles) {
      prepared.push(documentFields(profile, lookup));
      if (Date.now() - sliceStart >= PREPARE_SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = Date.now();
      }
    }
    return prepared;
  }

  /**
   * Rebuilds the documents of these members inside the caller's transaction. Documents in
   * `prepared` (by member id) are used as they are; the others are built from the database.
   */
  async refresh(
    manager: EntityManager,
    memberIds: string[],
    prepared?: ReadonlyMap<string, PreparedDocument>,
  ): Promise<void> {
    const ids = [...new Set(memberIds)];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      let docs: ReturnType<typeof documentRow>[];
      if (prepared && chunk.every((id) => prepared.has(id))) {
        const rows: IdentityRow[] = await manager.query(READ_IDENTITY_SQL, [chunk]);
        docs = rows.map((row) => documentRow(row, prepared.get(row.member_id)!));
      } else {
        const rows: ProfileRow[] = await manager.query(READ_SQL, [chunk]);
        const extra = await this.extraSubtopics(manager, rows);
        docs = rows.map((row) =>
          documentRow(
            row,
            documentFields(row, (slug) => extra.get(slug)),
          ),
        );
      }
      await manager.query(WRITE_SQL, [JSON.stringify(docs), chunk, SEARCH_DOCUMENT_VERSION]);
    }
  }

  /** Subtopics added by admins (not in the taxonomy file) that these profiles use. */
  private async extraSubtopics(
    manager: EntityManager,
    rows: ProfileRow[],
  ): Promise<Map<string, ExtraSubtopic>> {
    const unknown = new Set<string>();
    for (const row of rows)
      for (const entry of row.expertise)
        for (const slug of entry.subtopics) if (!getSubtopic(slug)) unknown.add(slug);
    if (!unknown.size) return new Map();
    const found: ExtraSubtopic[] = await manager.query(
      `SELECT slug, domain_slug, label_nl, label_en, synonyms_nl, synonyms_en
         FROM taxonomy_subtopic WHERE slug = ANY($1::text[])`,
      [[...unknown]],
    );
    return new Map(found.map((s) => [s.slug, s]));
  }
}

/**
 * The searchable fields of one profile: the shared builder plus subtopics only the database
 * knows (added by admins), found through `extra`.
 */
export function documentFields(
  profile: ProfileInput,
  extra: (slug: string) => ExtraSubtopic | undefined,
): SearchDocumentFields {
  const doc = buildSearchDocument(profile);
  const textA: string[] = doc.textA ? [doc.textA] : [];
  for (const entry of profile.expertise) {
    for (const slug of entry.subtopics ?? []) {
      if (getSubtopic(slug)) continue;
      const s = extra(slug);
      if (!s) continue;
      const rank = levelRank(entry.level) || 1;
      doc.subtopicLevels[slug] = Math.max(doc.subtopicLevels[slug] ?? 0, rank);
      doc.domainLevels[s.domain_slug] = Math.max(doc.domainLevels[s.domain_slug] ?? 0, rank);
      if (!doc.subtopics.includes(slug)) doc.subtopics.push(slug);
      if (!doc.domains.includes(s.domain_slug)) doc.domains.push(s.domain_slug);
      textA.push(s.label_nl, s.label_en, ...s.synonyms_nl, ...s.synonyms_en);
    }
  }
  doc.textA = textA.join(' ; ');
  return doc;
}

/** The row `WRITE_SQL` stores for one member. */
export function documentRow(row: IdentityRow, doc: SearchDocumentFields) {
  return {
    member_id: row.member_id,
    school_id: row.school_id,
    board_id: row.board_id,
    role: row.job_role,
    active: row.status === 'ACTIVE',
    open_for_questions: row.open_for_questions,
    text_a: doc.textA,
    text_b: doc.textB,
    text_c: doc.textC,
    subtopics: doc.subtopics,
    domains: doc.domains,
    subtopic_levels: doc.subtopicLevels,
    inferred_subtopics: doc.inferredSubtopics,
    domain_levels: doc.domainLevels,
    offers: doc.offers,
  };
}
