import { ABBREVIATIONS } from './abbreviations';
import { analyseQuery, correctTypo, matchTaxonomy, searchTaxonomy, splitCompound } from './matcher';

const topSubtopic = (q: string) => analyseQuery(q).subtopics[0]?.slug;
const subtopicSlugs = (q: string) => analyseQuery(q).subtopics.map((h) => h.slug);

describe('filler and question words', () => {
  it('drops question words and filler around the content words', () => {
    const a = analyseQuery('Wie heeft ervaring met dyslexie?');
    expect(a.contentTokens).toEqual(['dyslexie']);
    expect(a.terms.map((t) => t.term)).toEqual(['dyslexie']);
    expect(topSubtopic('Wie heeft ervaring met dyslexie?')).toBe('dyslexie');
  });

  it('keeps content words of "kan iemand meekijken bij" questions', () => {
    const a = analyseQuery('Kan iemand meekijken bij een kleuter die niet praat in de klas?');
    expect(a.contentTokens).toEqual(['kleuter', 'niet', 'praat', 'klas']);
    expect(a.subtopics[0]).toMatchObject({
      slug: 'selectief-mutisme',
      matched: 'praat niet in de klas',
    });
  });

  it('does not let generic school words match a subtopic on their own', () => {
    expect(analyseQuery('wie kan helpen met een leerling in mijn groep?').subtopics).toEqual([]);
  });

  it('recognises a request for a specialist', () => {
    expect(analyseQuery('dyscalculie specialist').wantsSpecialist).toBe(true);
    expect(analyseQuery('wie is hier echt expert in').wantsSpecialist).toBe(true);
    expect(analyseQuery('dyscalculie tips').wantsSpecialist).toBe(false);
  });
});

describe('abbreviations', () => {
  it.each([
    ['TOS in groep 3', 'tos'],
    ['ASS en overprikkeling', 'ass'],
    ['NT2 didactiek', 'nt2'],
    ['HB kleuters', 'hoogbegaafdheid'],
    ['TLV aanvragen', 'arrangementen'],
    ['ADHD tips', 'adhd'],
    ['OPP schrijven', 'opp'],
    ['EED vermoeden', 'dyslexie'],
    ['MDO met wijkteam', 'jeugdhulp'],
  ])('%s -> %s', (q, slug) => {
    expect(subtopicSlugs(q)).toContain(slug);
    expect(subtopicSlugs(q)[0]).toBe(slug);
  });

  it('expands abbreviations into full-text terms', () => {
    const terms = analyseQuery('TLV voor SBO').terms.map((t) => t.term);
    expect(terms).toEqual(
      expect.arrayContaining(['tlv', 'toelaatbaarheidsverklaring', 'speciaal', 'basisonderwijs']),
    );
    expect(analyseQuery('TOS').abbreviations).toEqual([
      { abbreviation: 'tos', expansion: 'taalontwikkelingsstoornis' },
    ]);
  });

  it('handles dotted abbreviations', () => {
    expect(topSubtopic('leerling met T.O.S.')).toBe('tos');
  });
});

describe('compounds', () => {
  it('splits compounds into known parts', () => {
    expect(splitCompound('rekenproblemen')).toEqual(['reken', 'problemen']);
    expect(splitCompound('leesproblemen')).toEqual(['lees', 'problemen']);
    expect(splitCompound('dyslexiebegeleiding')).toEqual(['dyslexie', 'begeleiding']);
    expect(splitCompound('autisme')).toEqual([]);
  });

  it('maps "rekenproblemen" to rekenen and "leesproblemen" to lezen', () => {
    const reken = analyseQuery('rekenproblemen groep 5');
    expect(reken.domains[0].slug).toBe('rekenen');
    expect(reken.subtopics.map((h) => h.slug)).toContain('dyscalculie');
    const lees = analyseQuery('leesproblemen');
    expect(lees.subtopics[0].slug).toBe('technisch-lezen');
    expect(lees.domains[0].slug).toBe('taal-lezen');
  });

  it('matches an unseen compound through its parts and searches them as prefixes', () => {
    const a = analyseQuery('autismeklas');
    expect(a.subtopics[0]).toMatchObject({ slug: 'ass', via: 'compound' });
    expect(a.terms).toEqual(
      expect.arrayContaining([{ term: 'autisme', prefix: true, weight: 0.6 }]),
    );
  });

  it('joins words typed apart ("faal angst")', () => {
    expect(topSubtopic('faal angst bij toetsen')).toBe('faalangst');
  });
});

describe('typos', () => {
  it('corrects words against the taxonomy vocabulary', () => {
    expect(correctTypo('autisem')).toEqual({ from: 'autisem', to: 'autisme', distance: 1 });
    expect(correctTypo('kleuterverleging')?.to).toBe('kleuterverlenging');
    expect(correctTypo('gedragsmatirx')?.to).toBe('gedragsmatrix');
  });

  it('leaves ordinary words alone', () => {
    expect(correctTypo('schrikt')).toBeNull(); // not "schrift"
    expect(correctTypo('werkt')).toBeNull();
    expect(correctTypo('kind')).toBeNull();
  });

  it.each([
    ['dyslectie', 'dyslexie'],
    ['autsime in de klas', 'ass'],
    ['selectief mustime', 'selectief-mutisme'],
    ['twice exeptional', 'dubbel-bijzonder'],
    ['hoogbegaaft', 'hoogbegaafdheid'],
  ])('%s -> %s', (q, slug) => {
    expect(topSubtopic(q)).toBe(slug);
  });

  it('searches the corrected word', () => {
    const a = analyseQuery('autisem');
    expect(a.terms.map((t) => t.term)).toContain('autisme');
    expect(a.terms.map((t) => t.term)).not.toContain('autisem');
  });
});

describe('synonyms and stemming', () => {
  it.each([
    ['kleuterverlenging ja of nee', 'doorstroom'],
    ['steungroepaanpak', 'pesten'],
    ['pengreep en handschrift', 'fijne-motoriek'],
    ['tafels automatiseren', 'automatiseren'],
    ['growth mindset', 'onderpresteren'],
    ['Kurzweil', 'dyslexie'],
    ['wil niet naar school', 'schoolweigering'],
    ['traumasensitief lesgeven', 'trauma-hechting'],
    ['selective mutism', 'selectief-mutisme'],
    ['dyslexia', 'dyslexie'],
  ])('%s -> %s', (q, slug) => {
    expect(topSubtopic(q)).toBe(slug);
  });

  it('prefers the longer phrase: "hoogbegaafd en ADHD" is twice exceptional', () => {
    const hits = analyseQuery('hoogbegaafd en ADHD').subtopics;
    expect(hits[0].slug).toBe('dubbel-bijzonder');
    expect(hits.find((h) => h.slug === 'adhd')!.score).toBeLessThan(hits[0].score);
  });

  it('treats a domain-wide word as weaker than a specific one', () => {
    const hits = analyseQuery('kleuter die niet praat').subtopics;
    expect(hits[0].slug).toBe('selectief-mutisme');
    expect(hits.find((h) => h.slug === 'spelend-leren')!.score).toBeLessThan(0.7);
  });

  it('does not stem "tafel" (furniture) into "tafels" (times tables)', () => {
    expect(subtopicSlugs('kruipt onder de tafel')).not.toContain('automatiseren');
  });

  it('derives the domain from a subtopic hit', () => {
    expect(matchTaxonomy('selectief mutisme').domains[0]).toMatchObject({
      slug: 'spraak-taal',
      via: 'subtopic',
    });
  });

  it('reports the matched term for reasons', () => {
    expect(matchTaxonomy('zwijgt in de klas').subtopics[0]).toMatchObject({
      slug: 'selectief-mutisme',
      label_nl: 'Selectief mutisme',
      matched: 'zwijgt',
    });
  });

  it('adds the inflection Snowball misses ("piekert" / "piekeren")', () => {
    expect(analyseQuery('kind dat piekert').terms.map((t) => t.term)).toEqual([
      'piekert',
      'pieker',
    ]);
  });

  it('borrows vocabulary of confidently matched subtopics as expansion terms', () => {
    const a = analyseQuery('selectief mutisme');
    expect(a.expansionTerms.map((t) => t.term)).toEqual(
      expect.arrayContaining(['spreekangst', 'zwijgen']),
    );
    expect(a.expansionTsquery).toContain('spreekangst');
  });

  it('builds an OR tsquery of content terms', () => {
    expect(analyseQuery('Wie heeft tips voor faalangst bij toetsen?').tsquery).toBe(
      'faalangst | toetsen',
    );
    expect(analyseQuery('wie kan helpen').tsquery).toBe('');
  });
});

describe('searchTaxonomy (picker)', () => {
  it('finds a subtopic by a prefix of its label or a synonym', () => {
    expect(searchTaxonomy('dyslexie')[0]).toMatchObject({
      slug: 'dyslexie',
      domain: 'taal-lezen',
      label: 'Dyslexie',
    });
    expect(searchTaxonomy('dysl')[0].slug).toBe('dyslexie');
    expect(searchTaxonomy('TOS')[0].slug).toBe('tos');
    expect(searchTaxonomy('selectief')[0].slug).toBe('selectief-mutisme');
  });

  it('is typo tolerant for longer words', () => {
    expect(searchTaxonomy('dyslecsie')[0].slug).toBe('dyslexie');
  });

  it('labels in the requested locale and honours the limit', () => {
    const hits = searchTaxonomy('autisme', { locale: 'en', limit: 1 });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      slug: 'ass',
      label: 'Autism spectrum disorder',
      domainLabel: 'Behaviour',
    });
  });

  it('returns nothing for an empty prefix', () => {
    expect(searchTaxonomy('  ')).toEqual([]);
  });
});

describe('words that are keys of Object.prototype', () => {
  const words = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

  it('analyses them as ordinary words, in questions, searches and suggestions', () => {
    for (const word of words) {
      const a = analyseQuery(`Wie weet iets van ${word} bij dyslexie?`);
      expect(a.abbreviations).toEqual([]);
      expect(a.subtopics[0]?.slug).toBe('dyslexie');
      expect(() => matchTaxonomy(word)).not.toThrow();
      expect(() => searchTaxonomy(word)).not.toThrow();
      expect(splitCompound(word)).toEqual(expect.any(Array));
      expect(correctTypo(word)).toBeNull();
    }
  });

  it('does not find them in the abbreviation table', () => {
    for (const word of words) expect(ABBREVIATIONS[word]).toBeUndefined();
    expect(ABBREVIATIONS['tos']).toBe('taalontwikkelingsstoornis');
  });
});
