import type { ProfileFieldsFragment } from '../../../gql/graphql';

/** Server-shaped (with __typename) test data; every call returns fresh objects. */
export function profileOptions() {
  const subtopic = (slug: string, label: string, synonyms: string[] = [], retired = false) => ({
    __typename: 'Subtopic' as const,
    slug,
    label,
    synonyms,
    retired,
  });
  return {
    taxonomy: [
      {
        __typename: 'Domain' as const,
        slug: 'taal-lezen',
        label: 'Taal, lezen en spelling',
        description: 'Nederlandse taal in de klas.',
        subtopics: [
          subtopic('dyslexie', 'Dyslexie en leesproblemen', ['dyslectie']),
          subtopic('technisch-lezen', 'Technisch lezen'),
          subtopic('oude-leesmethode', 'Oude leesmethode', [], true),
          subtopic('voorleesontbijt', 'Voorleesontbijt', ['ontbijt met boeken']),
        ],
      },
      {
        __typename: 'Domain' as const,
        slug: 'spraak-taal',
        label: 'Spraak- en taalontwikkeling',
        description: 'Spraak, taal en gehoor.',
        subtopics: [subtopic('tos', 'Taalontwikkelingsstoornis (TOS)', ['TOS'])],
      },
    ],
    offerTypes: [
      {
        __typename: 'OfferType' as const,
        slug: 'sparren',
        label: 'Sparren en meedenken',
        description: '',
      },
      {
        __typename: 'OfferType' as const,
        slug: 'materiaal-delen',
        label: 'Materiaal delen',
        description: '',
      },
    ],
    expertiseSources: [
      { __typename: 'ExpertiseSource' as const, slug: 'opleiding', label: 'Opleiding' },
      { __typename: 'ExpertiseSource' as const, slug: 'werkervaring', label: 'Werkervaring' },
    ],
    expertiseLevels: [
      {
        __typename: 'ExpertiseLevelInfo' as const,
        level: 'BASIS' as const,
        label: 'Basis',
        description: 'Eerste ervaring.',
      },
      {
        __typename: 'ExpertiseLevelInfo' as const,
        level: 'GEVORDERD' as const,
        label: 'Gevorderd',
        description: 'Meerdere jaren.',
      },
      {
        __typename: 'ExpertiseLevelInfo' as const,
        level: 'SPECIALIST' as const,
        label: 'Specialist',
        description: 'Diepgaande kennis.',
      },
    ],
  };
}

export function aProfile(overrides: Partial<ProfileFieldsFragment> = {}) {
  return {
    __typename: 'ExpertiseProfile' as const,
    headline: 'Leerkracht met oog voor taal',
    bio: 'Eerste regel.\nTweede regel <b>geen html</b>.',
    tags: ['kanjertraining'],
    openForQuestions: true,
    availability: '1× per maand',
    updatedAt: '2026-03-03T13:05:00.000Z',
    completeness: 80,
    expertise: [],
    ...overrides,
  };
}
