import { type LabelledText, learnAssociations } from '@deelwijs/taxonomy';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { JobsService } from '../jobs/jobs.service';
import { TaxonomyService } from './taxonomy.service';

export const REFRESH_TOPIC_ASSOCIATIONS_JOB = 'refresh-topic-associations';

/** A question whose topics the asker confirmed or corrected counts as this many bios. */
export const CONFIRMED_QUESTION_WEIGHT = 3;

/**
 * Word–subtopic associations learned from this installation's own data (method:
 * `learnAssociations` in @deelwijs/taxonomy, a smoothed log-odds ratio per word and subtopic):
 * the bios, tags and entry descriptions of members with the subtopics they declare, and the
 * questions whose topics the asker confirmed or corrected. Stored in `topic_association` and read
 * with the taxonomy snapshot. A job refreshes them every 15 minutes when the profiles or the
 * corrected questions changed (a fingerprint of both is kept in taxonomy_meta), at start-up
 * when there are none, and right after an asker corrects a question's topics.
 */
@Injectable()
export class TopicAssociationsService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('TopicAssociations');

  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit() {
    this.jobs.register({
      name: REFRESH_TOPIC_ASSOCIATIONS_JOB,
      cron: '*/15 * * * *',
      handler: async (data) => {
        await this.refresh(Boolean(data['force']));
      },
    });
  }

  async onApplicationBootstrap() {
    await this.refresh(false);
  }

  /** Queues a refresh (after a topic correction); inline when no queue runs. */
  schedule(): Promise<void> {
    return this.jobs.enqueue(
      REFRESH_TOPIC_ASSOCIATIONS_JOB,
      { force: true },
      REFRESH_TOPIC_ASSOCIATIONS_JOB,
    );
  }

  /** Recomputes the associations when their data changed (or always with `force`). */
  async refresh(force = true): Promise<number> {
    const written = await this.dataSource.transaction(async (manager) => {
      const fingerprint = await this.fingerprint(manager);
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('deelwijs:topic-associations'))`);
      const [meta] = await manager.query(
        `SELECT value FROM taxonomy_meta WHERE key = 'associations_source'`,
      );
      if (!force && meta?.value === fingerprint) return -1;
      const rows = learnAssociations(await this.labelledTexts(manager));
      await manager.query(`DELETE FROM topic_association`);
      await manager.query(
        `INSERT INTO topic_association (subtopic_slug, stem, weight, support)
         SELECT r.subtopic, r.stem, r.weight, r.support
           FROM jsonb_to_recordset($1::jsonb) AS r(subtopic text, stem text, weight real, support real)
          WHERE EXISTS (SELECT 1 FROM taxonomy_subtopic s WHERE s.slug = r.subtopic)`,
        [JSON.stringify(rows)],
      );
      await manager.query(
        `INSERT INTO taxonomy_meta (key, value) VALUES ('associations_source', $1)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now()`,
        [fingerprint],
      );
      return rows.length;
    });
    if (written >= 0) {
      this.taxonomy.invalidate();
      this.logger.log(`Learned ${written} word–subtopic associations`);
    }
    return written;
  }

  /** What the associations are computed from: profile and corrected-question changes. */
  private async fingerprint(manager: EntityManager): Promise<string> {
    const [row]: { p: string; q: string }[] = await manager.query(
      `SELECT (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM expertise_profile) AS p,
              (SELECT count(*) || ':' || coalesce(max(topics_corrected_at)::text, '')
                 FROM thread WHERE topics_corrected_at IS NOT NULL) AS q`,
    );
    return `${row.p}|${row.q}`;
  }

  private async labelledTexts(manager: EntityManager): Promise<LabelledText[]> {
    const members: { text: string; subtopics: string[] }[] = await manager.query(
      `SELECT concat_ws(' ', p.headline, p.bio, array_to_string(p.tags, ' '),
                        (SELECT string_agg(e.description, ' ') FROM expertise_entry e
                          WHERE e.member_id = p.member_id)) AS text,
              ARRAY(SELECT DISTINCT unnest(e.subtopic_slugs) FROM expertise_entry e
                     WHERE e.member_id = p.member_id) AS subtopics
         FROM expertise_profile p JOIN member m ON m.id = p.member_id
        WHERE m.status = 'ACTIVE'`,
    );
    const questions: { text: string; subtopics: string[] }[] = await manager.query(
      `SELECT t.title || ' ' || t.body_text AS text, t.subtopic_slugs AS subtopics
         FROM thread t
        WHERE t.topics_corrected_at IS NOT NULL AND t.hidden_at IS NULL
          AND cardinality(t.subtopic_slugs) > 0`,
    );
    return [
      ...members.map((m) => ({ text: m.text ?? '', subtopics: m.subtopics })),
      ...questions.map((q) => ({ ...q, weight: CONFIRMED_QUESTION_WEIGHT })),
    ];
  }
}
