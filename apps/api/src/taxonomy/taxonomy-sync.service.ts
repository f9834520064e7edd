import { createHash } from 'node:crypto';

import { TAXONOMY } from '@deelwijs/taxonomy';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { TaxonomyService } from './taxonomy.service';

export const TAXONOMY_FILE_HASH = createHash('sha256')
  .update(JSON.stringify(TAXONOMY))
  .digest('hex');

/**
 * Brings the taxonomy file (libs/taxonomy/src/taxonomy.json) into the database when it changed:
 * new domains and subtopics are added, labels, synonyms and signals updated — except labels an
 * admin renamed and signals an admin edited. Nothing is deleted: subtopics dropped from the file stay on the profiles that use them.
 * Idempotent, and safe with several replicas (advisory lock).
 */
@Injectable()
export class TaxonomySyncService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Taxonomy');

  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async onApplicationBootstrap() {
    const changed = await this.sync();
    if (changed) this.logger.log(`Taxonomy file synchronised (version ${TAXONOMY.version})`);
  }

  /** Returns true when the database was updated. */
  async sync(): Promise<boolean> {
    const changed = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('deelwijs:taxonomy-sync'))`);
      const [meta] = await manager.query(`SELECT value FROM taxonomy_meta WHERE key = 'file_hash'`);
      if (meta?.value === TAXONOMY_FILE_HASH) return false;
      await upsertTaxonomy(manager);
      await manager.query(
        `INSERT INTO taxonomy_meta (key, value) VALUES ('file_hash', $1)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now()`,
        [TAXONOMY_FILE_HASH],
      );
      return true;
    });
    if (changed) this.taxonomy.invalidate();
    return changed;
  }
}

async function upsertTaxonomy(manager: EntityManager) {
  const domains = TAXONOMY.domains;
  await manager.query(
    `INSERT INTO taxonomy_domain (slug, label_nl, label_en, description_nl, synonyms_nl, synonyms_en, position)
     SELECT slug, label_nl, label_en, description_nl,
            ARRAY(SELECT jsonb_array_elements_text(syn_nl)), ARRAY(SELECT jsonb_array_elements_text(syn_en)), position
       FROM jsonb_to_recordset($1::jsonb)
         AS d(slug text, label_nl text, label_en text, description_nl text, syn_nl jsonb, syn_en jsonb, position int)
     ON CONFLICT (slug) DO UPDATE SET
       label_nl = excluded.label_nl, label_en = excluded.label_en, description_nl = excluded.description_nl,
       synonyms_nl = excluded.synonyms_nl, synonyms_en = excluded.synonyms_en, position = excluded.position,
       updated_at = now()`,
    [
      JSON.stringify(
        domains.map((d, position) => ({
          slug: d.slug,
          label_nl: d.label_nl,
          label_en: d.label_en,
          description_nl: d.description_nl,
          syn_nl: d.synonyms_nl,
          syn_en: d.synonyms_en,
          position,
        })),
      ),
    ],
  );
  await manager.query(
    `INSERT INTO taxonomy_subtopic (slug, domain_slug, label_nl, label_en, synonyms_nl, synonyms_en, signals_nl, position)
     SELECT slug, domain_slug, label_nl, label_en,
            ARRAY(SELECT jsonb_array_elements_text(syn_nl)), ARRAY(SELECT jsonb_array_elements_text(syn_en)),
            ARRAY(SELECT jsonb_array_elements_text(sig_nl)), position
       FROM jsonb_to_recordset($1::jsonb)
         AS s(slug text, domain_slug text, label_nl text, label_en text, syn_nl jsonb, syn_en jsonb, sig_nl jsonb, position int)
     ON CONFLICT (slug) DO UPDATE SET
       domain_slug = excluded.domain_slug,
       label_nl = CASE WHEN taxonomy_subtopic.labels_edited_at IS NULL THEN excluded.label_nl ELSE taxonomy_subtopic.label_nl END,
       label_en = CASE WHEN taxonomy_subtopic.labels_edited_at IS NULL THEN excluded.label_en ELSE taxonomy_subtopic.label_en END,
       -- Union: synonyms admins added stay.
       synonyms_nl = ARRAY(SELECT DISTINCT unnest(taxonomy_subtopic.synonyms_nl || excluded.synonyms_nl)),
       synonyms_en = ARRAY(SELECT DISTINCT unnest(taxonomy_subtopic.synonyms_en || excluded.synonyms_en)),
       -- Signals an admin edited stay as edited.
       signals_nl = CASE WHEN taxonomy_subtopic.signals_edited_at IS NULL THEN excluded.signals_nl ELSE taxonomy_subtopic.signals_nl END,
       position = excluded.position,
       updated_at = now()`,
    [
      JSON.stringify(
        domains.flatMap((d) =>
          d.subtopics.map((s, position) => ({
            slug: s.slug,
            domain_slug: d.slug,
            label_nl: s.label_nl,
            label_en: s.label_en,
            syn_nl: s.synonyms_nl,
            syn_en: s.synonyms_en,
            sig_nl: s.signals_nl,
            position,
          })),
        ),
      ),
    ],
  );
}
