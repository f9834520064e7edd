import { decodeCursor, encodeCursor } from './matching.service';
import { buildReasons, lowerFirst, RankedRow, safeSnippet } from './reasons';

const row = (overrides: Partial<RankedRow> = {}): RankedRow => ({
  id: 'm1',
  score: 1,
  subtopics: {},
  inferred: {},
  domains: {},
  terms: [],
  sameSchool: false,
  sameBoard: false,
  open: false,
  offers: [],
  snippet: null,
  ...overrides,
});
const labels = {
  'selectief-mutisme': ['Selectief mutisme', 'Selective mutism'],
  adhd: ['ADHD', 'ADHD'],
};
const ctx = (locale: 'nl' | 'en') => ({
  locale,
  subtopicLabel: (slug: string) =>
    labels[slug as keyof typeof labels]?.[locale === 'en' ? 1 : 0] ?? slug,
  domainLabel: (slug: string) =>
    slug === 'gedrag' ? (locale === 'en' ? 'Behaviour' : 'Gedrag') : slug,
  subtopicOrder: ['selectief-mutisme', 'adhd'],
});

describe('reasons', () => {
  it('explains a hit in Dutch and in English', () => {
    const hit = row({
      subtopics: { 'selectief-mutisme': 3 },
      offers: ['sparren', 'observatie'],
      sameSchool: true,
      sameBoard: true,
      open: true,
    });
    expect(buildReasons(hit, ctx('nl'))).toEqual([
      'Specialist: selectief mutisme',
      'biedt sparren en meedenken',
      'biedt observatie in de klas',
      'zelfde school',
      'staat open voor vragen',
    ]);
    expect(buildReasons(hit, ctx('en'))).toEqual([
      'Specialist: selective mutism',
      'offers sounding board / thinking along',
      'offers classroom observation',
      'same school',
      'open to questions',
    ]);
  });

  it('prefers filtered offers, names inferred subtopics, domains and words when nothing else matched', () => {
    expect(
      buildReasons(row({ offers: ['sparren', 'observatie'], sameBoard: true }), {
        ...ctx('nl'),
        preferredOffers: ['observatie'],
      }),
    ).toEqual(['biedt observatie in de klas', 'biedt sparren en meedenken', 'zelfde bestuur']);
    expect(buildReasons(row({ inferred: { adhd: 2 }, domains: { gedrag: 2 } }), ctx('nl'))).toEqual(
      ['Beschrijft ervaring met ADHD', 'Domein Gedrag (gevorderd)'],
    );
    expect(buildReasons(row({ terms: ['rekenangst'] }), ctx('en'))).toEqual([
      'Mentions: rekenangst',
    ]);
  });

  it('lower-cases labels but not abbreviations', () => {
    expect(lowerFirst('Selectief mutisme')).toBe('selectief mutisme');
    expect(lowerFirst('ADHD')).toBe('ADHD');
  });

  it('escapes the snippet and keeps only the highlight marks', () => {
    expect(safeSnippet('a <script>x</script> & \uE000dyslexie\uE001')).toBe(
      'a &lt;script&gt;x&lt;/script&gt; &amp; <mark>dyslexie</mark>',
    );
    expect(safeSnippet('  ')).toBeNull();
  });

  it('round-trips cursors and refuses forged ones', () => {
    expect(decodeCursor(encodeCursor(20))).toBe(20);
    expect(decodeCursor(null)).toBe(0);
    expect(() => decodeCursor('bm9wZQ')).toThrow('Ongeldige cursor');
    expect(() => decodeCursor(encodeCursor(5000))).toThrow('Ongeldige cursor');
  });
});
