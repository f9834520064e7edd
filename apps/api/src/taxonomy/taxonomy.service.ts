import {
  associationIndex,
  compileSignals,
  EXPERTISE_SOURCES,
  LEVELS,
  OFFER_TYPES,
  type SignalSet,
  type TopicAssociations,
} from '@deelwijs/taxonomy';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { BadUserInputError, NotFoundError } from '../common/errors';
import { Locale } from '../common/request-context';
import {
  AddSubtopicInput,
  SetSubtopicRetiredInput,
  UpdateSubtopicInput,
} from './dto/taxonomy.inputs';
import {
  TaxonomyDomainEntity,
  TaxonomySubtopicEntity,
  TopicAssociationEntity,
} from './taxonomy.entities';

export interface TaxonomySnapshot {
  domains: TaxonomyDomainEntity[];
  subtopics: TaxonomySubtopicEntity[];
  domainBySlug: Map<string, TaxonomyDomainEntity>;
  subtopicBySlug: Map<string, TaxonomySubtopicEntity>;
  subtopicsByDomain: Map<string, TaxonomySubtopicEntity[]>;
  /** the signals of the live subtopics, compiled for the matcher */
  signals: SignalSet;
  /** word–subtopic associations learned from this installation's data */
  associations: TopicAssociations;
}

const CACHE_MS = 30_000;

export const localLabel = (item: { labelNl: string; labelEn: string }, locale: Locale) =>
  locale === 'en' ? item.labelEn || item.labelNl : item.labelNl;

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/**
 * The taxonomy as stored in the database (the file plus admins' changes), cached in memory for
 * a short while: it is small and read on every profile and search.
 */
@Injectable()
export class TaxonomyService {
  private cached?: { at: number; snapshot: Promise<TaxonomySnapshot> };

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  snapshot(): Promise<TaxonomySnapshot> {
    if (!this.cached || Date.now() - this.cached.at > CACHE_MS) {
      const snapshot = this.load();
      this.cached = { at: Date.now(), snapshot };
      snapshot.catch(() => (this.cached = undefined));
    }
    return this.cached.snapshot;
  }

  invalidate() {
    this.cached = undefined;
  }

  private async load(): Promise<TaxonomySnapshot> {
    const [domains, subtopics, associations] = await Promise.all([
      this.dataSource
        .getRepository(TaxonomyDomainEntity)
        .find({ order: { position: 'ASC', slug: 'ASC' } }),
      this.dataSource
        .getRepository(TaxonomySubtopicEntity)
        .find({ order: { position: 'ASC', slug: 'ASC' } }),
      this.dataSource.getRepository(TopicAssociationEntity).find(),
    ]);
    const live = new Set(subtopics.filter((s) => !s.retiredAt).map((s) => s.slug));
    const subtopicsByDomain = new Map<string, TaxonomySubtopicEntity[]>();
    for (const subtopic of subtopics) {
      const list = subtopicsByDomain.get(subtopic.domainSlug) ?? [];
      list.push(subtopic);
      subtopicsByDomain.set(subtopic.domainSlug, list);
    }
    return {
      domains,
      subtopics,
      domainBySlug: new Map(domains.map((d) => [d.slug, d])),
      subtopicBySlug: new Map(subtopics.map((s) => [s.slug, s])),
      subtopicsByDomain,
      signals: compileSignals(
        subtopics.filter((s) => live.has(s.slug)).map((s) => [s.slug, s.signalsNl] as const),
      ),
      associations: associationIndex(
        associations
          .filter((a) => live.has(a.subtopicSlug))
          .map((a) => ({ subtopic: a.subtopicSlug, stem: a.stem, weight: a.weight })),
      ),
    };
  }

  offerTypes(locale: Locale) {
    return OFFER_TYPES.map((o) => ({
      slug: o.slug,
      label: locale === 'en' ? o.label_en : o.label_nl,
      description: o.description_nl,
    }));
  }

  expertiseSources(locale: Locale) {
    return EXPERTISE_SOURCES.map((s) => ({
      slug: s.slug,
      label: locale === 'en' ? s.label_en : s.label_nl,
    }));
  }

  levels(locale: Locale) {
    return LEVELS.map((l) => ({
      level: l.slug,
      label: locale === 'en' ? l.label_en : l.label_nl,
      description: l.description_nl,
    }));
  }

  async addSubtopic(actorId: string, input: AddSubtopicInput): Promise<TaxonomySubtopicEntity> {
    const snapshot = await this.snapshot();
    if (!snapshot.domainBySlug.has(input.domain)) {
      throw new BadUserInputError('domain', 'Dit domein bestaat niet.');
    }
    const labelNl = input.labelNl.trim();
    const siblings = snapshot.subtopicsByDomain.get(input.domain) ?? [];
    if (siblings.some((s) => s.labelNl.toLowerCase() === labelNl.toLowerCase())) {
      throw new BadUserInputError('labelNl', 'Dit domein heeft al een subonderwerp met deze naam.');
    }
    const base = slugify(labelNl);
    if (!base) throw new BadUserInputError('labelNl', 'Gebruik letters of cijfers in de naam.');
    let slug = base;
    for (let i = 2; snapshot.subtopicBySlug.has(slug); i++) slug = `${base}-${i}`;
    const saved = await this.dataSource.transaction(async (manager) => {
      const entity = manager.create(TaxonomySubtopicEntity, {
        slug,
        domainSlug: input.domain,
        labelNl,
        labelEn: input.labelEn?.trim() || labelNl,
        synonymsNl: cleanSynonyms(input.synonyms),
        synonymsEn: [],
        signalsNl: cleanSynonyms(input.signals),
        signalsEditedAt: input.signals?.length ? new Date() : null,
        position: siblings.length,
        origin: 'admin',
        labelsEditedAt: new Date(),
      });
      await manager.insert(TaxonomySubtopicEntity, entity);
      await this.audit.record(manager, {
        actorId,
        action: 'taxonomy.subtopic_added',
        targetType: 'subtopic',
        targetId: slug,
        data: { domain: input.domain, labelNl },
      });
      return entity;
    });
    this.invalidate();
    return saved;
  }

  async updateSubtopic(
    actorId: string,
    input: UpdateSubtopicInput,
  ): Promise<TaxonomySubtopicEntity> {
    const existing = await this.requireSubtopic(input.slug);
    const changes: Partial<TaxonomySubtopicEntity> = { updatedAt: new Date() };
    if (input.labelNl !== undefined) changes.labelNl = input.labelNl.trim();
    if (input.labelEn !== undefined) changes.labelEn = input.labelEn.trim();
    if (input.labelNl !== undefined || input.labelEn !== undefined)
      changes.labelsEditedAt = new Date();
    if (input.synonyms !== undefined) changes.synonymsNl = cleanSynonyms(input.synonyms);
    if (input.signals !== undefined) {
      changes.signalsNl = cleanSynonyms(input.signals);
      changes.signalsEditedAt = new Date();
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.update(TaxonomySubtopicEntity, existing.slug, changes);
      await this.audit.record(manager, {
        actorId,
        action: 'taxonomy.subtopic_updated',
        targetType: 'subtopic',
        targetId: existing.slug,
        data: { before: { labelNl: existing.labelNl, labelEn: existing.labelEn }, after: changes },
      });
    });
    this.invalidate();
    return this.requireSubtopic(existing.slug);
  }

  async setRetired(
    actorId: string,
    input: SetSubtopicRetiredInput,
  ): Promise<TaxonomySubtopicEntity> {
    const existing = await this.requireSubtopic(input.slug);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(TaxonomySubtopicEntity, existing.slug, {
        retiredAt: input.retired ? (existing.retiredAt ?? new Date()) : null,
        updatedAt: new Date(),
      });
      await this.audit.record(manager, {
        actorId,
        action: input.retired ? 'taxonomy.subtopic_retired' : 'taxonomy.subtopic_restored',
        targetType: 'subtopic',
        targetId: existing.slug,
      });
    });
    this.invalidate();
    return this.requireSubtopic(existing.slug);
  }

  private async requireSubtopic(slug: string): Promise<TaxonomySubtopicEntity> {
    const found = await this.dataSource.getRepository(TaxonomySubtopicEntity).findOneBy({ slug });
    if (!found) throw new NotFoundError('Dit subonderwerp', 'slug');
    return found;
  }
}

function cleanSynonyms(values: string[] | undefined): string[] {
  const seen = new Set<string>();
  for (const value of values ?? []) {
    const text = value.trim().toLowerCase();
    if (text) seen.add(text);
  }
  return [...seen];
}
