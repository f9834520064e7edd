import type { TFunction } from 'i18next';

import type {
  ExpertiseLevel,
  ProfileFieldsFragment,
  UpdateProfileInput,
} from '../../../gql/graphql';

/** Bounds the api enforces (apps/api profiles PROFILE_LIMITS); checked here first for quick feedback. */
export const LIMITS = {
  headline: 140,
  bio: 2000,
  tags: 20,
  tag: 40,
  availability: 100,
  entries: 12,
  subtopicsPerEntry: 10,
  offersPerEntry: 8,
  description: 500,
} as const;

export const LEVELS: ExpertiseLevel[] = ['BASIS', 'GEVORDERD', 'SPECIALIST'];

export interface ExpertiseFormEntry {
  /** Stable React key; not sent. */
  key: string;
  domain: string | null;
  subtopics: string[];
  level: ExpertiseLevel;
  source: string | null;
  offers: string[];
  description: string;
}

export interface ProfileFormValues {
  headline: string;
  bio: string;
  tags: string[];
  openForQuestions: boolean;
  availability: string;
  expertise: ExpertiseFormEntry[];
}

/** Error messages by form field: `headline`, `bio`, `tags`, `expertise.1.subtopics`, … and `form`. */
export type FieldErrors = Record<string, string>;

let nextKey = 0;
export function newEntryKey(): string {
  nextKey += 1;
  return `entry-${nextKey}`;
}

export function emptyEntry(): ExpertiseFormEntry {
  return {
    key: newEntryKey(),
    domain: null,
    subtopics: [],
    level: 'BASIS',
    source: null,
    offers: [],
    description: '',
  };
}

export function toFormValues(profile: ProfileFieldsFragment | null | undefined): ProfileFormValues {
  return {
    headline: profile?.headline ?? '',
    bio: profile?.bio ?? '',
    tags: profile?.tags ?? [],
    openForQuestions: profile?.openForQuestions ?? false,
    availability: profile?.availability ?? '',
    expertise: (profile?.expertise ?? []).map((entry) => ({
      key: newEntryKey(),
      domain: entry.domain.slug,
      subtopics: entry.subtopics.map((subtopic) => subtopic.slug),
      level: entry.level,
      source: entry.source ?? null,
      offers: entry.offers,
      description: entry.description ?? '',
    })),
  };
}

const orNull = (text: string): string | null => text.trim() || null;

export function toUpdateInput(values: ProfileFormValues): UpdateProfileInput {
  return {
    headline: orNull(values.headline),
    bio: orNull(values.bio),
    tags: values.tags.map((tag) => tag.trim()).filter(Boolean),
    openForQuestions: values.openForQuestions,
    availability: orNull(values.availability),
    expertise: values.expertise.map((entry) => ({
      domain: entry.domain ?? '',
      subtopics: entry.subtopics,
      level: entry.level,
      source: entry.source,
      offers: entry.offers,
      description: orNull(entry.description),
    })),
  };
}

/** True when saving would change something (entry keys and surrounding spaces do not count). */
export function isDirty(values: ProfileFormValues, saved: ProfileFormValues): boolean {
  return JSON.stringify(toUpdateInput(values)) !== JSON.stringify(toUpdateInput(saved));
}

/** Checks the bounds before sending, with the same Dutch (or English) wording as the api. */
export function validate(values: ProfileFormValues, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  const max = (field: string, text: string, limit: number) => {
    if (text.trim().length > limit)
      errors[field] = t('profiles.validation.tooLong', { max: limit });
  };
  max('headline', values.headline, LIMITS.headline);
  max('bio', values.bio, LIMITS.bio);
  max('availability', values.availability, LIMITS.availability);
  if (values.tags.length > LIMITS.tags) {
    errors['tags'] = t('profiles.validation.tooManyTags', { max: LIMITS.tags });
  } else if (values.tags.some((tag) => tag.trim().length > LIMITS.tag)) {
    errors['tags'] = t('profiles.validation.tagTooLong', { max: LIMITS.tag });
  }
  if (values.expertise.length > LIMITS.entries) {
    errors['expertise'] = t('profiles.validation.tooManyEntries', { max: LIMITS.entries });
  }
  values.expertise.forEach((entry, i) => {
    if (!entry.domain) errors[`expertise.${i}.domain`] = t('profiles.validation.domainRequired');
    if (entry.subtopics.length > LIMITS.subtopicsPerEntry) {
      errors[`expertise.${i}.subtopics`] = t('profiles.validation.tooManySubtopics', {
        max: LIMITS.subtopicsPerEntry,
      });
    }
    max(`expertise.${i}.description`, entry.description, LIMITS.description);
  });
  return errors;
}

const ENTRY_FIELDS = new Set(['domain', 'subtopics', 'level', 'source', 'offers', 'description']);
const TOP_FIELDS = new Set(['headline', 'bio', 'tags', 'availability', 'openForQuestions']);

/**
 * Maps an api field path to the form field that shows the message:
 * `input.expertise.1.subtopics.0` → `expertise.1.subtopics`, `tags.3` → `tags`, unknown → `form`.
 */
export function formFieldOf(path: string): string {
  const parts = path.split('.').filter((part) => part !== 'input');
  const [top, index, field] = parts;
  if (top && TOP_FIELDS.has(top)) return top;
  if (top === 'expertise') {
    if (index !== undefined && /^\d+$/.test(index) && field && ENTRY_FIELDS.has(field)) {
      return `expertise.${index}.${field}`;
    }
    return 'expertise';
  }
  return 'form';
}

export interface ApiFieldProblem {
  field: string;
  message: string;
}

/** All problems of a BAD_USER_INPUT error (`extensions.errors`, else `extensions.field`). */
export function problemsOf(error: unknown): ApiFieldProblem[] {
  const errors = (error as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.flatMap(
    (graphQLError: { message?: string; extensions?: Record<string, unknown> }) => {
      const extensions = graphQLError.extensions ?? {};
      if (extensions['code'] !== 'BAD_USER_INPUT') return [];
      const listed = extensions['errors'];
      if (Array.isArray(listed) && listed.length > 0) {
        return listed.filter(
          (problem): problem is ApiFieldProblem =>
            typeof problem?.field === 'string' && typeof problem?.message === 'string',
        );
      }
      const field = typeof extensions['field'] === 'string' ? extensions['field'] : 'form';
      return [{ field, message: graphQLError.message ?? '' }];
    },
  );
}

/** The api's messages by form field; the first message per field wins. */
export function serverFieldErrors(error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of problemsOf(error)) {
    const field = formFieldOf(problem.field);
    errors[field] ??= problem.message;
  }
  return errors;
}

/** Order in which fields appear on the page, to focus the first one with a problem. */
export function firstErrorField(errors: FieldErrors, values: ProfileFormValues): string | null {
  const order = [
    'form',
    'headline',
    'bio',
    'tags',
    'openForQuestions',
    'availability',
    'expertise',
    ...values.expertise.flatMap((_, i) =>
      [...ENTRY_FIELDS].map((field) => `expertise.${i}.${field}`),
    ),
  ];
  return order.find((field) => errors[field]) ?? Object.keys(errors)[0] ?? null;
}

/** DOM id of the control for a form field, so errors can move focus there. */
export function fieldId(field: string): string {
  return `profile-${field.replace(/\./g, '-')}`;
}

export type MissingPart =
  'headline' | 'bio' | 'expertise' | 'subtopics' | 'offers' | 'tags' | 'availability';

/** Same weights as the api's completeness score, computed live while editing. */
export function completenessOf(values: ProfileFormValues): {
  score: number;
  missing: MissingPart[];
} {
  const parts: [MissingPart, number, boolean][] = [
    ['headline', 15, values.headline.trim() !== ''],
    ['bio', 25, values.bio.trim().length >= 80],
    ['expertise', 30, values.expertise.length > 0],
    ['subtopics', 10, values.expertise.some((entry) => entry.subtopics.length > 0)],
    ['offers', 5, values.expertise.some((entry) => entry.offers.length > 0)],
    ['tags', 5, values.tags.length > 0],
    ['availability', 10, values.availability.trim() !== ''],
  ];
  let score = 0;
  const missing: MissingPart[] = [];
  for (const [part, weight, done] of parts) {
    if (done) score += weight;
    else if (part === 'bio' && values.bio.trim()) {
      score += 10;
      missing.push(part);
    } else missing.push(part);
  }
  return { score: Math.min(100, score), missing };
}
