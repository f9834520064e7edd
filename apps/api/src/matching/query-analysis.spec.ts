import { cleanQuery, prepareQuery, VocabularySubtopic } from './query-analysis';

const slugs = (query: string, vocabulary: VocabularySubtopic[] = []) =>
  prepareQuery(query, vocabulary)
    .subtopics.filter((h) => h.score >= 0.5)
    .map((h) => h.slug);

describe('query analysis', () => {
  it('cleans white space and keeps the text otherwise', () => {
    expect(cleanQuery('  wie heeft\n ervaring   met TOS? ')).toBe('wie heeft ervaring met TOS?');
  });

  it('lets filler words not drown the content words', () => {
    const prepared = prepareQuery('Wie heeft ervaring met faalangst? Tips graag!', []);
    expect(prepared.analysis.terms.map((t) => t.term)).toEqual(['faalangst']);
    expect(prepared.subtopics[0].slug).toBe('faalangst');
  });

  it('splits compounds, corrects typos and expands abbreviations', () => {
    expect(slugs('rekenproblemen in groep 6')).toContain('dyscalculie');
    expect(slugs('dyslectie')).toEqual(['dyslexie']);
    expect(slugs('TOS')).toEqual(['tos']);
    expect(slugs('HB leerling')).toContain('hoogbegaafdheid');
  });

  it('matches subtopics only the database knows, and admins’ synonyms', () => {
    const vocabulary: VocabularySubtopic[] = [
      {
        slug: 'zwemangst',
        domainSlug: 'motoriek',
        labelNl: 'Zwemangst',
        labelEn: 'Fear of swimming',
        synonymsNl: ['bang voor water'],
        synonymsEn: [],
      },
      {
        slug: 'stotteren',
        domainSlug: 'spraak-taal',
        labelNl: 'Stotteren',
        labelEn: 'Stuttering',
        synonymsNl: ['hakkelen'],
        synonymsEn: [],
      },
    ];
    const prepared = prepareQuery('mijn leerling is bang voor het water', vocabulary);
    expect(prepared.subtopics).toContainEqual({ slug: 'zwemangst', score: 0.95 });
    expect(prepared.domains.map((d) => d.slug)).toContain('motoriek');
    expect(slugs('kind dat hakkelt', vocabulary)).not.toContain('zwemangst');
    expect(slugs('hakkelen', vocabulary)).toEqual(['stotteren']);
  });
});
