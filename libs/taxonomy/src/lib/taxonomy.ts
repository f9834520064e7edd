import data from '../taxonomy.json';

export type Locale = 'nl' | 'en';

export interface Labelled {
  slug: string;
  label_nl: string;
  label_en: string;
}

export interface TaxonomySubtopic extends Labelled {
  /** Slug of the domain this subtopic belongs to. */
  domain: string;
  synonyms_nl: string[];
  synonyms_en: string[];
  /**
   * Signals: how the problem shows in a classroom, in a teacher's everyday words ("zegt op
   * school niets, thuis wel"). They feed topic inference of case-like questions.
   */
  signals_nl: string[];
}

export interface TaxonomyDomain extends Labelled {
  description_nl: string;
  kerndoelen_nl?: string[];
  synonyms_nl: string[];
  synonyms_en: string[];
  subtopics: TaxonomySubtopic[];
}

export type TaxonomyRole = Labelled;

export interface TaxonomyOfferType extends Labelled {
  description_nl: string;
}

export type TaxonomyExpertiseSource = Labelled;

export type LevelSlug = 'basis' | 'gevorderd' | 'specialist';

export interface TaxonomyLevel extends Labelled {
  slug: LevelSlug;
  rank: 1 | 2 | 3;
  description_nl: string;
}

export interface Taxonomy {
  name: string;
  version: string;
  domains: TaxonomyDomain[];
  roles: TaxonomyRole[];
  offer_types: TaxonomyOfferType[];
  expertise_sources: TaxonomyExpertiseSource[];
  levels: TaxonomyLevel[];
}

interface RawSubtopic extends Labelled {
  synonyms_nl?: string[];
  synonyms_en?: string[];
  signals_nl?: string[];
}
interface RawDomain extends Labelled {
  description_nl?: string;
  kerndoelen_nl?: string[];
  synonyms_nl?: string[];
  synonyms_en?: string[];
  subtopics: RawSubtopic[];
}

const raw = data as unknown as {
  name: string;
  version: string;
  domains: RawDomain[];
  roles: TaxonomyRole[];
  offer_types: TaxonomyOfferType[];
  expertise_sources: TaxonomyExpertiseSource[];
  levels: TaxonomyLevel[];
};

/** The project's taxonomy, typed; subtopics carry their domain slug. */
export const TAXONOMY: Taxonomy = {
  name: raw.name,
  version: raw.version,
  domains: raw.domains.map((d) => ({
    slug: d.slug,
    label_nl: d.label_nl,
    label_en: d.label_en,
    description_nl: d.description_nl ?? '',
    ...(d.kerndoelen_nl ? { kerndoelen_nl: d.kerndoelen_nl } : {}),
    synonyms_nl: d.synonyms_nl ?? [],
    synonyms_en: d.synonyms_en ?? [],
    subtopics: d.subtopics.map((s) => ({
      slug: s.slug,
      label_nl: s.label_nl,
      label_en: s.label_en,
      domain: d.slug,
      synonyms_nl: s.synonyms_nl ?? [],
      synonyms_en: s.synonyms_en ?? [],
      signals_nl: s.signals_nl ?? [],
    })),
  })),
  roles: raw.roles,
  offer_types: raw.offer_types,
  expertise_sources: raw.expertise_sources,
  levels: raw.levels,
};

export const DOMAINS: readonly TaxonomyDomain[] = TAXONOMY.domains;
export const SUBTOPICS: readonly TaxonomySubtopic[] = TAXONOMY.domains.flatMap((d) => d.subtopics);
export const ROLES: readonly TaxonomyRole[] = TAXONOMY.roles;
export const OFFER_TYPES: readonly TaxonomyOfferType[] = TAXONOMY.offer_types;
export const EXPERTISE_SOURCES: readonly TaxonomyExpertiseSource[] = TAXONOMY.expertise_sources;
export const LEVELS: readonly TaxonomyLevel[] = TAXONOMY.levels;

export const DOMAIN_SLUGS: readonly string[] = DOMAINS.map((d) => d.slug);
export const SUBTOPIC_SLUGS: readonly string[] = SUBTOPICS.map((s) => s.slug);
export const ROLE_SLUGS: readonly string[] = ROLES.map((r) => r.slug);
export const OFFER_TYPE_SLUGS: readonly string[] = OFFER_TYPES.map((o) => o.slug);
export const EXPERTISE_SOURCE_SLUGS: readonly string[] = EXPERTISE_SOURCES.map((s) => s.slug);
export const LEVEL_SLUGS: readonly LevelSlug[] = LEVELS.map((l) => l.slug);

const domainIndex = new Map(DOMAINS.map((d) => [d.slug, d]));
const subtopicIndex = new Map(SUBTOPICS.map((s) => [s.slug, s]));
const levelIndex = new Map(LEVELS.map((l) => [l.slug as string, l]));

export function getDomain(slug: string): TaxonomyDomain | undefined {
  return domainIndex.get(slug);
}

export function getSubtopic(slug: string): TaxonomySubtopic | undefined {
  return subtopicIndex.get(slug);
}

/** Domain slug of a subtopic slug (subtopic slugs are unique across domains). */
export function domainOfSubtopic(subtopicSlug: string): string | undefined {
  return subtopicIndex.get(subtopicSlug)?.domain;
}

/** Rank 1–3 of a level slug; 0 for unknown. */
export function levelRank(level: string | null | undefined): number {
  return (level && levelIndex.get(level)?.rank) || 0;
}

/** The label of any taxonomy item in the given locale (falls back to Dutch). */
export function label(item: Labelled, locale: Locale = 'nl'): string {
  return locale === 'en' ? item.label_en || item.label_nl : item.label_nl;
}

/**
 * Label of a slug of the given kind, or the slug itself when it is unknown
 * (so stale data never breaks a screen).
 */
export function labelOf(
  kind: 'domain' | 'subtopic' | 'role' | 'offer_type' | 'expertise_source' | 'level',
  slug: string,
  locale: Locale = 'nl',
): string {
  const list: readonly Labelled[] =
    kind === 'domain'
      ? DOMAINS
      : kind === 'subtopic'
        ? SUBTOPICS
        : kind === 'role'
          ? ROLES
          : kind === 'offer_type'
            ? OFFER_TYPES
            : kind === 'expertise_source'
              ? EXPERTISE_SOURCES
              : LEVELS;
  const item = list.find((x) => x.slug === slug);
  return item ? label(item, locale) : slug;
}
