import { associationIndex, chooseTopics, learnAssociations } from './associations';
import { analyseQuery } from './matcher';

describe('learnAssociations', () => {
  const texts = [
    ...[1, 2, 3, 4].map((i) => ({
      text: `Ik begeleid kinderen met blokkades en herhalingen bij het spreken, en spreekangst ${i}`,
      subtopics: ['stotteren'],
    })),
    ...[1, 2, 3, 4, 5, 6].map((i) => ({
      text: `Ik begeleid kinderen met rekenproblemen en getalbegrip ${i}`,
      subtopics: ['dyscalculie'],
    })),
  ];

  it('learns the words that set a subtopic apart, not the words every text uses', () => {
    const rows = learnAssociations(texts);
    const stems = (slug: string) => rows.filter((r) => r.subtopic === slug).map((r) => r.stem);
    expect(stems('stotteren')).toEqual(expect.arrayContaining(['blokkade', 'herhaling']));
    expect(stems('dyscalculie')).toEqual(expect.arrayContaining(['getalbegrip']));
    // in every text: "begeleid", "kinderen"
    expect(rows.map((r) => r.stem)).not.toContain('begeleid');
    expect(rows.every((r) => r.weight > 0 && r.weight <= 1)).toBe(true);
  });

  it('needs enough labelled texts per subtopic', () => {
    expect(learnAssociations(texts.slice(0, 2))).toEqual([]);
  });

  it('feeds case-mode topic inference', () => {
    const associations = associationIndex(learnAssociations(texts));
    const text =
      'Een jongen in groep 5 heeft blokkades en herhalingen als hij iets wil vertellen in de kring, ' +
      'vooral na de pauze en bij de gym. De juf merkt dat hij de laatste weken minder zegt. Wat kan ik doen?';
    expect(analyseQuery(text).subtopics.map((h) => h.slug)).not.toContain('stotteren');
    const hit = analyseQuery(text, { associations }).subtopics.find((h) => h.slug === 'stotteren');
    expect(hit).toMatchObject({ via: 'learned' });
  });
});

describe('chooseTopics', () => {
  const hit = (slug: string, score: number, contextOnly = false) => ({ slug, score, contextOnly });

  it('sets a topic only when it is strong and clearly ahead', () => {
    expect(chooseTopics([hit('a', 0.9), hit('b', 0.5)]).confident.map((h) => h.slug)).toEqual([
      'a',
    ]);
    const close = chooseTopics([hit('a', 0.8), hit('b', 0.75, true)]);
    expect(close.confident).toEqual([]);
    expect(close.suggestions.map((h) => h.slug)).toEqual(['a', 'b']);
  });

  it('never sets a topic from setting words alone', () => {
    const choice = chooseTopics([hit('grove-motoriek', 1, true)]);
    expect(choice.confident).toEqual([]);
    expect(choice.suggestions.map((h) => h.slug)).toEqual(['grove-motoriek']);
  });
});

describe('case mode', () => {
  const caseText = (middle: string) =>
    `In mijn groep 4 zit een jongen die ${middle}. Dat zie ik vooral na de pauze en op maandagochtend, ` +
    'ook bij de gym en in de kring. De ouders herkennen het thuis niet. Wat kan ik in de klas doen?';

  it('is on for case descriptions, off for search terms', () => {
    expect(analyseQuery('gym').caseText).toBe(false);
    expect(analyseQuery(caseText('stil is')).caseText).toBe(true);
  });

  it('marks a topic that only setting words support', () => {
    const gym = analyseQuery(caseText('stil is')).subtopics.find(
      (h) => h.slug === 'grove-motoriek',
    );
    expect(gym?.contextOnly).toBe(true);
  });

  it('reads signals: how a problem shows in the classroom', () => {
    const a = analyseQuery(
      caseText('steeds wiebelt en friemelt en roept door de klas zonder beurt'),
    );
    expect(a.subtopics[0]).toMatchObject({ slug: 'adhd', via: 'signal' });
  });

  it('does not count a denied match ("stottert niet")', () => {
    const a = analyseQuery(caseText('stottert niet maar durft niets te zeggen'));
    expect(a.subtopics.map((h) => h.slug)).not.toContain('stotteren');
  });
});
