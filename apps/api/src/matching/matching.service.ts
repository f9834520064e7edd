import {
  getSubtopic,
  type Locale,
  OFFER_TYPES,
  RANKING,
  type RankingWeights,
  ROLES,
  searchTaxonomy,
} from '@deelwijs/taxonomy';
import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';

import { BadUserInputError } from '../common/errors';
import { hydrateEntity } from '../common/hydrate';
import { MemberEntity } from '../members/member.entity';
import { SchoolEntity } from '../organisation/school.entity';
import { searchLogQuery } from '../privacy/search-log';
import { ExpertiseEntryEntity, ExpertiseProfileEntity } from '../profiles/profile.entities';
import { TaxonomyDomainEntity, TaxonomySubtopicEntity } from '../taxonomy/taxonomy.entities';
import { localLabel, TaxonomyService, TaxonomySnapshot } from '../taxonomy/taxonomy.service';
import { ExpertFilter, MAX_SEARCH_PAGE } from './dto/expert-filter.input';
import { ExpertMatch, ExpertSearchResult, Facet } from './dto/expert-search.types';
import { SEARCH_SQL } from './matching.sql';
import { cleanQuery, PreparedQuery, prepareQuery, QUERY_MAX_LENGTH } from './query-analysis';
import { buildReasons, RankedRow, safeSnippet } from './reasons';

/** Proximity is a boost, never a filter: same school > same board. */
export const PROXIMITY = { sameSchool: 0.06, sameBoard: 0.03 };

/** Candidate generation and cut-offs (see matching.sql.ts, $13 and $14). */
export const SEARCH_LIMITS = {
  /** candidates per source (taxonomy, text, domain) */
  candidates: 100,
  /** words borrowed from matched subtopics that are scored (highest weight x idf first) */
  expansionTerms: 16,
  /** a term is selective enough to generate text candidates below this share of documents… */
  rareShare: 0.02,
  /** …or below this many documents */
  rareMinDocs: 200,
  /** a match needs at least this relevance… */
  minRelevance: 0.05,
  /** …and this share of the best match's relevance */
  relativeCutoff: 0.05,
};

/**
 * Ranking weights for a case-like question (several sentences; tuned on the TUNE half of
 * shared/eval/long): the bio (ts_rank weight C), where colleagues describe the situations they
 * know, weighs as much as the taxonomy fields, and the question's own words weigh more than its
 * inferred subtopics, which are less certain in a case than in a search term. A long question has
 * many words, so its normalised text relevance is small; hence text 4.
 */
export const CASE_RANKING: RankingWeights = {
  ...RANKING,
  text: 4,
  subtopic: 0.5,
  // the vocabulary borrowed from uncertain subtopics counts little
  expansion: 0.1,
  tsWeights: [0.1, 1.0, 0.6, 1.0],
};

/** Search-log rows are kept this long, then deleted (at start-up and daily). */
export const SEARCH_LOG_RETENTION_DAYS = 365;
/** Search-log rows are written in batches, off the request path, at least this often. */
const SEARCH_LOG_FLUSH_MS = 2000;
const SEARCH_LOG_BATCH = 200;

interface SearchLogRow {
  searcherId: string | null;
  query: string;
  resultCount: number;
  subtopics: string[];
  durationMs: number;
}

const FACET_FIELDS = ['domain', 'subtopic', 'school', 'board', 'role', 'offer'] as const;
const FACET_SIZE = 30;
const MAX_OFFSET = 1000;
const ANALYSIS_CACHE_SIZE = 500;

export interface SearchInput {
  query: string;
  filter?: ExpertFilter | null;
  first?: number;
  after?: string | null;
}

interface SqlResult {
  total: number;
  rows: RankedRow[];
  facets: {
    domain: Record<string, number>;
    subtopic: Record<string, number>;
    role: Record<string, number>;
    offer: Record<string, number>;
    school: [string, number, string][];
    board: [string, number, string][];
  };
}

export const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = /^o:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString());
  const offset = match ? Number(match[1]) : NaN;
  if (!Number.isInteger(offset) || offset > MAX_OFFSET) {
    throw new BadUserInputError('after', 'Ongeldige cursor.');
  }
  return offset;
}

/**
 * Expert search: analyses the question against the taxonomy (shared matcher plus the
 * database's own subtopics), ranks in one SQL statement over the search documents, explains
 * each hit in the viewer's language and logs the search.
 */
@Injectable()
export class MatchingService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Matching');
  private readonly analyses = new Map<string, PreparedQuery>();
  private analysedWith?: TaxonomySnapshot;
  private retentionTimer?: NodeJS.Timeout;
  private flushTimer?: NodeJS.Timeout;
  private pendingLog: SearchLogRow[] = [];
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async onApplicationBootstrap() {
    await this.purgeSearchLog();
    this.retentionTimer = setInterval(() => {
      this.purgeSearchLog().catch((error: Error) => this.logger.warn(error.message));
    }, 24 * 3600_000);
    this.retentionTimer.unref();
    this.flushTimer = setInterval(() => void this.flushSearchLog(), SEARCH_LOG_FLUSH_MS);
    this.flushTimer.unref();
  }

  async beforeApplicationShutdown() {
    if (this.retentionTimer) clearInterval(this.retentionTimer);
    if (this.flushTimer) clearInterval(this.flushTimer);
    await this.flushSearchLog();
  }

  /**
   * Writes the buffered search-log rows in one statement. Without a synchronous commit: the
   * log is statistics, and a search should not wait for a disk flush. Flushes run one after
   * the other, so shutdown waits for one already under way.
   */
  flushSearchLog(): Promise<void> {
    this.flushing = this.flushing.then(() => this.writeSearchLog());
    return this.flushing;
  }

  private async writeSearchLog(): Promise<void> {
    const rows = this.pendingLog.splice(0);
    if (!rows.length) return;
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.query(`SET LOCAL synchronous_commit = off`);
        await manager.query(
          `INSERT INTO search_log (searcher_id, query, result_count, subtopics, duration_ms)
           SELECT r.searcher_id, r.query, r.result_count,
                  ARRAY(SELECT jsonb_array_elements_text(r.subtopics)), r.duration_ms
             FROM jsonb_to_recordset($1::jsonb) AS r(searcher_id uuid, query text,
                  result_count int, subtopics jsonb, duration_ms real)
            WHERE r.searcher_id IS NULL OR EXISTS (SELECT 1 FROM member m WHERE m.id = r.searcher_id)`,
          [
            JSON.stringify(
              rows.map((r) => ({
                searcher_id: r.searcherId,
                query: r.query,
                result_count: r.resultCount,
                subtopics: r.subtopics,
                duration_ms: r.durationMs,
              })),
            ),
          ],
        );
      });
    } catch (error) {
      this.logger.warn(`Search log: ${rows.length} rows not written: ${(error as Error).message}`);
    }
  }

  private logSearch(row: SearchLogRow) {
    this.pendingLog.push(row);
    if (this.pendingLog.length >= SEARCH_LOG_BATCH) void this.flushSearchLog();
  }

  /** Deletes search-log rows older than the retention period. */
  async purgeSearchLog(): Promise<number> {
    const result: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM search_log WHERE created_at < now() - make_interval(days => $1)`,
      [SEARCH_LOG_RETENTION_DAYS],
    );
    return result[1] ?? 0;
  }

  /** Query analysis, cached per question text (it depends only on the taxonomy). */
  async analyse(query: string): Promise<PreparedQuery> {
    const snapshot = await this.taxonomy.snapshot();
    if (snapshot !== this.analysedWith) {
      this.analyses.clear();
      this.analysedWith = snapshot;
    }
    const key = query.toLowerCase();
    const cached = this.analyses.get(key);
    if (cached) {
      this.analyses.delete(key);
      this.analyses.set(key, cached);
      return cached;
    }
    const prepared = prepareQuery(query, snapshot.subtopics, {
      signals: snapshot.signals,
      associations: snapshot.associations,
    });
    this.analyses.set(key, prepared);
    if (this.analyses.size > ANALYSIS_CACHE_SIZE) {
      this.analyses.delete(this.analyses.keys().next().value as string);
    }
    return prepared;
  }

  /** The ranking statement's bind parameters (the bench runs the same SQL alone with these). */
  sqlParams(
    prepared: PreparedQuery,
    viewer: Pick<MemberEntity, 'id' | 'schoolId'> | null,
    filter: ExpertFilter | null | undefined,
    offset: number,
    limit: number,
    weights: RankingWeights = RANKING,
  ): unknown[] {
    const a = prepared.analysis;
    const list = <T>(values: T[] | null | undefined) => (values?.length ? values : null);
    return [
      prepared.subtopics.map((h) => h.slug),
      prepared.subtopics.map((h) => h.score),
      prepared.domains.map((h) => h.slug),
      prepared.domains.map((h) => h.score),
      a.terms.map((t) => t.term),
      a.terms.map((t) => t.weight),
      a.terms.map((t) => t.prefix),
      a.expansionTerms.map((t) => t.term),
      a.expansionTerms.map((t) => t.weight),
      a.wantsSpecialist ? weights.specialistLevelFactor : weights.levelFactor,
      [
        weights.subtopic,
        weights.inferredSubtopic,
        weights.domain,
        weights.text,
        weights.expansion,
        weights.available,
        weights.saturation,
        weights.subtopicExtra,
        PROXIMITY.sameSchool,
        PROXIMITY.sameBoard,
      ],
      weights.tsWeights,
      SEARCH_LIMITS.candidates,
      [
        SEARCH_LIMITS.rareShare,
        SEARCH_LIMITS.rareMinDocs,
        SEARCH_LIMITS.minRelevance,
        SEARCH_LIMITS.relativeCutoff,
      ],
      viewer?.id ?? null,
      viewer?.schoolId ?? null,
      list(filter?.domains),
      list(filter?.subtopics),
      list(filter?.schools),
      list(filter?.boards),
      list(filter?.roles),
      list(filter?.offers),
      Boolean(filter?.availableOnly),
      offset,
      limit,
      [
        filter?.domains,
        filter?.subtopics,
        filter?.schools,
        filter?.boards,
        filter?.roles,
        filter?.offers,
      ].some((values) => values?.length) || Boolean(filter?.availableOnly),
      SEARCH_LIMITS.expansionTerms,
    ];
  }

  checkQuery(query: string): string {
    const clean = cleanQuery(query ?? '');
    if (!clean) throw new BadUserInputError('query', 'Typ een vraag of onderwerp.');
    if (clean.length > QUERY_MAX_LENGTH) {
      throw new BadUserInputError('query', `Gebruik hoogstens ${QUERY_MAX_LENGTH} tekens.`);
    }
    return clean;
  }

  async search(
    viewer: Pick<MemberEntity, 'id' | 'schoolId'> | null,
    input: SearchInput,
    locale: Locale = 'nl',
  ): Promise<ExpertSearchResult> {
    const started = process.hrtime.bigint();
    const query = this.checkQuery(input.query);
    const first = input.first ?? 10;
    if (!Number.isInteger(first) || first < 1 || first > MAX_SEARCH_PAGE) {
      throw new BadUserInputError('first', `Kies een aantal tussen 1 en ${MAX_SEARCH_PAGE}.`);
    }
    const offset = decodeCursor(input.after);
    const prepared = await this.analyse(query);
    const snapshot = await this.taxonomy.snapshot();
    const [{ result }]: { result: SqlResult }[] = await this.dataSource.query(
      SEARCH_SQL,
      this.sqlParams(
        prepared,
        viewer,
        input.filter,
        offset,
        first,
        prepared.analysis.caseText ? CASE_RANKING : RANKING,
      ),
    );
    const nodes = this.toMatches(result.rows, prepared, snapshot, locale, input.filter);
    const facets = this.toFacets(result.facets, snapshot, locale);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    this.logSearch({
      searcherId: viewer?.id ?? null,
      query: searchLogQuery(query, prepared.analysis),
      resultCount: result.total,
      subtopics: prepared.subtopics.filter((h) => h.score >= 0.3).map((h) => h.slug),
      durationMs: Math.round(ms * 10) / 10,
    });
    const end = offset + nodes.length;
    return {
      total: result.total,
      nodes,
      facets,
      pageInfo: {
        hasNextPage: end < result.total,
        endCursor: nodes.length ? encodeCursor(end) : null,
      },
    };
  }

  private toMatches(
    rows: RankedRow[],
    prepared: PreparedQuery,
    snapshot: TaxonomySnapshot,
    locale: Locale,
    filter: ExpertFilter | null | undefined,
  ): ExpertMatch[] {
    const subtopicLabel = (slug: string) => {
      const s = snapshot.subtopicBySlug.get(slug);
      return s ? localLabel(s, locale) : slug;
    };
    const domainLabel = (slug: string) => {
      const d = snapshot.domainBySlug.get(slug);
      return d ? localLabel(d, locale) : slug;
    };
    const subtopicOrder = prepared.subtopics.map((h) => h.slug);
    const hydrate = <T extends object>(target: new () => T, raw: Record<string, unknown>) =>
      hydrateEntity(this.dataSource, target, raw);
    return rows.map((row) => ({
      memberId: row.id,
      preload: row.card && {
        member: hydrate(MemberEntity, row.card.member),
        school: row.card.school && hydrate(SchoolEntity, row.card.school),
        profile: row.card.profile && hydrate(ExpertiseProfileEntity, row.card.profile),
        entries: row.card.entries.map((entry) => hydrate(ExpertiseEntryEntity, entry)),
      },
      score: Number(row.score),
      reasons: buildReasons(row, {
        locale,
        subtopicLabel,
        domainLabel,
        subtopicOrder,
        preferredOffers: filter?.offers ?? [],
      }),
      snippet: safeSnippet(row.snippet),
      matchedSubtopics: [...Object.keys(row.subtopics), ...Object.keys(row.inferred)]
        .filter((slug, i, all) => all.indexOf(slug) === i)
        .flatMap((slug) => snapshot.subtopicBySlug.get(slug) ?? []),
    }));
  }

  private toFacets(raw: SqlResult['facets'], snapshot: TaxonomySnapshot, locale: Locale): Facet[] {
    const labelled = (
      counts: Record<string, number>,
      label: (value: string) => string,
    ): [string, number, string][] =>
      Object.entries(counts).map(([value, count]) => [value, count, label(value)]);
    const fromList = (
      list: readonly { slug: string; label_nl: string; label_en: string }[],
      value: string,
    ) => {
      const item = list.find((x) => x.slug === value);
      return item ? (locale === 'en' ? item.label_en : item.label_nl) : value;
    };
    const byField: Record<(typeof FACET_FIELDS)[number], [string, number, string][]> = {
      domain: labelled(raw.domain, (v) => {
        const d = snapshot.domainBySlug.get(v);
        return d ? localLabel(d, locale) : v;
      }),
      subtopic: labelled(raw.subtopic, (v) => {
        const s = snapshot.subtopicBySlug.get(v);
        return s ? localLabel(s, locale) : v;
      }),
      school: raw.school,
      board: raw.board,
      role: labelled(raw.role, (v) => fromList(ROLES, v)),
      offer: labelled(raw.offer, (v) => fromList(OFFER_TYPES, v)),
    };
    return FACET_FIELDS.map((field) => ({
      field,
      values: byField[field]
        .sort((a, b) => b[1] - a[1] || a[2].localeCompare(b[2]))
        .slice(0, FACET_SIZE)
        .map(([value, count, label]) => ({ value, label, count: Number(count) })),
    }));
  }

  /**
   * Subtopics for the search box while typing: labels and synonyms by prefix, typo tolerant
   * ("dysl", "dyslectie", "TOS"), plus subtopics admins added (by word prefix). Retired
   * subtopics are left out.
   */
  async suggestions(
    prefix: string,
    first: number,
    locale: Locale,
  ): Promise<
    { subtopic: TaxonomySubtopicEntity; domain: TaxonomyDomainEntity; matched: string }[]
  > {
    const text = cleanQuery(prefix ?? '');
    if (!text) throw new BadUserInputError('prefix', 'Typ minstens één teken.');
    const snapshot = await this.taxonomy.snapshot();
    const found = new Map<string, { score: number; matched: string }>();
    for (const hit of searchTaxonomy(text, { locale, limit: first * 2 })) {
      found.set(hit.slug, { score: hit.score, matched: hit.matched });
    }
    const lower = text.toLowerCase();
    for (const s of snapshot.subtopics) {
      if (found.has(s.slug) || getSubtopic(s.slug)) continue; // only what the file lacks
      const phrase = [s.labelNl, s.labelEn, ...s.synonymsNl, ...s.synonymsEn].find((p) =>
        p
          .toLowerCase()
          .split(/\s+/)
          .some((word) => word.startsWith(lower)),
      );
      if (phrase) found.set(s.slug, { score: 0.9, matched: phrase });
    }
    return [...found.entries()]
      .flatMap(([slug, hit]) => {
        const subtopic = snapshot.subtopicBySlug.get(slug);
        const domain = subtopic && snapshot.domainBySlug.get(subtopic.domainSlug);
        return subtopic && domain && !subtopic.retiredAt
          ? [{ subtopic, domain, matched: hit.matched, score: hit.score }]
          : [];
      })
      .sort((a, b) => b.score - a.score || a.subtopic.labelNl.localeCompare(b.subtopic.labelNl))
      .slice(0, first)
      .map(({ subtopic, domain, matched }) => ({ subtopic, domain, matched }));
  }
}
