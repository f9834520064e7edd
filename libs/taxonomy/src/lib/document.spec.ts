import { buildSearchDocument } from './document';

describe('buildSearchDocument', () => {
  const doc = buildSearchDocument({
    headline: 'Stille kinderen',
    bio: 'Ik help kinderen die niet praten op school.',
    tags: ['#sottteren', 'prikkelarm'],
    expertise: [
      {
        domain: 'spraak-taal',
        subtopics: ['selectief-mutisme'],
        level: 'specialist',
        offers: ['observatie'],
      },
      { domain: 'motoriek', subtopics: [], level: 'gevorderd', offers: ['sparren', 'observatie'] },
    ],
  });

  it('puts subtopic labels and synonyms in A, domain labels and tags in B, the bio in C', () => {
    expect(doc.textA).toContain('Selectief mutisme');
    expect(doc.textA).toContain('spreekangst');
    expect(doc.textB).toContain('Motoriek en beweging');
    expect(doc.textB).toContain('Stille kinderen');
    expect(doc.textC).toBe('Ik help kinderen die niet praten op school.');
  });

  it('corrects misspelled tags', () => {
    expect(doc.textB).toContain('stotteren');
  });

  it('records declared levels and infers subtopics from tags', () => {
    expect(doc.subtopicLevels).toEqual({ 'selectief-mutisme': 3 });
    expect(doc.inferredSubtopics).toEqual({ stotteren: 3, prikkelverwerking: 2 });
    expect(doc.subtopics).toEqual(['selectief-mutisme', 'stotteren', 'prikkelverwerking']);
    expect(doc.domains).toEqual(['spraak-taal', 'motoriek']);
    expect(doc.domainLevels).toEqual({ 'spraak-taal': 3, motoriek: 2 });
    expect(doc.offers).toEqual(['observatie', 'sparren']);
  });
});

describe('buildSearchDocument with prototype keys as slugs', () => {
  it('keeps "constructor" and "__proto__" as plain keys, not Object.prototype members', () => {
    const doc = buildSearchDocument({
      bio: 'constructor __proto__ toString',
      tags: ['constructor', '__proto__'],
      expertise: [
        { domain: 'constructor', subtopics: ['__proto__', 'toString'], level: 'basis' },
        { domain: '__proto__', subtopics: [], level: 'basis' },
      ],
    });
    expect(doc.subtopicLevels).toEqual({});
    expect(Object.keys(doc.domainLevels).sort()).toEqual(['__proto__', 'constructor']);
    expect(doc.inferredSubtopics).toEqual({});
  });
});
