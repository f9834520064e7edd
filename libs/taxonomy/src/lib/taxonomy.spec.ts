import reference from '../taxonomy.json';
import {
  domainOfSubtopic,
  DOMAINS,
  getSubtopic,
  label,
  labelOf,
  levelRank,
  LEVELS,
  OFFER_TYPES,
  ROLES,
  SUBTOPICS,
  TAXONOMY,
} from './taxonomy';

describe('taxonomy data', () => {
  it('has the 14 domains and 67 subtopics of the reference, with unique slugs', () => {
    expect(DOMAINS).toHaveLength(14);
    expect(SUBTOPICS).toHaveLength(67);
    expect(new Set(SUBTOPICS.map((s) => s.slug)).size).toBe(67);
  });

  it('keeps roles, offer types, sources and levels', () => {
    expect(ROLES.map((r) => r.slug)).toContain('intern-begeleider');
    expect(OFFER_TYPES.map((o) => o.slug)).toEqual([
      'sparren',
      'observatie',
      'coaching',
      'workshop',
      'materiaal-delen',
      'meelopen',
      'oudergesprek',
      'intervisie',
    ]);
    expect(TAXONOMY.expertise_sources).toHaveLength(7);
    expect(LEVELS.map((l) => [l.slug, l.rank])).toEqual([
      ['basis', 1],
      ['gevorderd', 2],
      ['specialist', 3],
    ]);
  });

  it('gives every subtopic Dutch and English synonyms', () => {
    for (const s of SUBTOPICS) {
      expect(s.synonyms_nl.length).toBeGreaterThan(5);
      expect(s.synonyms_en.length).toBeGreaterThan(0);
    }
    expect((reference as { domains: unknown[] }).domains).toHaveLength(14);
  });
});

describe('helpers', () => {
  it('labels in both locales', () => {
    const s = getSubtopic('selectief-mutisme')!;
    expect(label(s, 'nl')).toBe('Selectief mutisme');
    expect(label(s, 'en')).toBe('Selective mutism');
    expect(labelOf('offer_type', 'observatie', 'nl')).toBe('Observatie in de klas');
    expect(labelOf('level', 'specialist', 'en')).toBe('Specialist');
    expect(labelOf('domain', 'unknown-slug')).toBe('unknown-slug');
  });

  it('maps subtopics to domains and levels to ranks', () => {
    expect(domainOfSubtopic('dyscalculie')).toBe('rekenen');
    expect(levelRank('gevorderd')).toBe(2);
    expect(levelRank(undefined)).toBe(0);
  });
});
