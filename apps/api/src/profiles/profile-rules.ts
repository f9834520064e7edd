import { EXPERTISE_SOURCE_SLUGS, OFFER_TYPE_SLUGS } from '@deelwijs/taxonomy';

import { BadUserInputError, FieldProblem } from '../common/errors';
import { TaxonomySnapshot } from '../taxonomy/taxonomy.service';
import { PROFILE_LIMITS } from './dto/update-profile.input';

export interface ExpertiseDraft {
  domain: string;
  subtopics?: string[] | null;
  level: string;
  source?: string | null;
  offers?: string[] | null;
  description?: string | null;
}

export interface CleanExpertise {
  domainSlug: string;
  subtopicSlugs: string[];
  level: 'basis' | 'gevorderd' | 'specialist';
  source: string | null;
  offers: string[];
  description: string | null;
}

const LEVELS = new Set(['basis', 'gevorderd', 'specialist']);
const SOURCES = new Set(EXPERTISE_SOURCE_SLUGS);
const OFFERS = new Set(OFFER_TYPE_SLUGS);

/** Plain text with line breaks: no control characters, at most one blank line in a row. */
export function cleanText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text || null;
}

/** Free tags: without "#", trimmed, lower-cased, no duplicates. */
export function cleanTags(tags: string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const text = tag.replace(/^#+/, '').replace(/\s+/g, ' ').trim().toLowerCase();
    if (text) seen.add(text);
  }
  return [...seen];
}

/**
 * Checks expertise entries against the taxonomy: a subtopic must belong to its domain, retired
 * subtopics are only allowed where the member already had them, slugs must be known.
 * Collects every problem (field paths like `expertise.1.subtopics`) and throws them together.
 */
export function checkExpertise(
  entries: ExpertiseDraft[],
  taxonomy: TaxonomySnapshot,
  alreadyHeld: ReadonlySet<string> = new Set(),
  fieldPrefix = 'expertise',
): CleanExpertise[] {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) =>
    problems.push({ field: `${fieldPrefix}.${field}`, message });
  if (entries.length > PROFILE_LIMITS.entries) {
    problems.push({
      field: fieldPrefix,
      message: `Hoogstens ${PROFILE_LIMITS.entries} expertises.`,
    });
  }
  const clean = entries.map((entry, i): CleanExpertise => {
    const domain = taxonomy.domainBySlug.get(entry.domain);
    if (!domain) problem(`${i}.domain`, `Onbekend domein: "${entry.domain}".`);
    const subtopics = [...new Set(entry.subtopics ?? [])];
    if (subtopics.length > PROFILE_LIMITS.subtopicsPerEntry) {
      problem(
        `${i}.subtopics`,
        `Kies hoogstens ${PROFILE_LIMITS.subtopicsPerEntry} subonderwerpen.`,
      );
    }
    for (const slug of subtopics) {
      const subtopic = taxonomy.subtopicBySlug.get(slug);
      if (!subtopic) problem(`${i}.subtopics`, `Onbekend subonderwerp: "${slug}".`);
      else if (domain && subtopic.domainSlug !== domain.slug) {
        problem(
          `${i}.subtopics`,
          `"${subtopic.labelNl}" hoort niet bij het domein ${domain.labelNl}.`,
        );
      } else if (subtopic.retiredAt && !alreadyHeld.has(slug)) {
        problem(`${i}.subtopics`, `"${subtopic.labelNl}" wordt niet meer aangeboden.`);
      }
    }
    if (!LEVELS.has(entry.level)) problem(`${i}.level`, 'Kies basis, gevorderd of specialist.');
    const source = entry.source?.trim() || null;
    if (source && !SOURCES.has(source)) problem(`${i}.source`, `Onbekende bron: "${source}".`);
    const offers = [...new Set(entry.offers ?? [])];
    if (offers.length > PROFILE_LIMITS.offersPerEntry) {
      problem(`${i}.offers`, `Kies hoogstens ${PROFILE_LIMITS.offersPerEntry} manieren van delen.`);
    }
    for (const offer of offers)
      if (!OFFERS.has(offer)) problem(`${i}.offers`, `Onbekende manier van delen: "${offer}".`);
    const description = cleanText(entry.description);
    if (description && description.length > PROFILE_LIMITS.description) {
      problem(`${i}.description`, `Gebruik hoogstens ${PROFILE_LIMITS.description} tekens.`);
    }
    return {
      domainSlug: entry.domain,
      subtopicSlugs: subtopics,
      level: entry.level as CleanExpertise['level'],
      source,
      offers,
      description,
    };
  });
  if (problems.length)
    throw new BadUserInputError(problems[0].field, problems[0].message, problems);
  return clean;
}

/** 0–100: how complete a profile is, for the editor's hint. */
export function profileCompleteness(profile: {
  headline: string | null;
  bio: string | null;
  tags: string[];
  availability: string | null;
  entries: { subtopicSlugs: string[]; offers: string[] }[];
}): number {
  let score = 0;
  if (profile.headline) score += 15;
  if (profile.bio) score += profile.bio.length >= 80 ? 25 : 10;
  if (profile.entries.length) score += 30;
  if (profile.entries.some((e) => e.subtopicSlugs.length)) score += 10;
  if (profile.entries.some((e) => e.offers.length)) score += 5;
  if (profile.tags.length) score += 5;
  if (profile.availability) score += 10;
  return Math.min(100, score);
}
