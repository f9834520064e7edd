import { damerauLevenshtein, normalise, stem, tokenise } from './text';

describe('normalise', () => {
  it('lowercases and strips accents', () => {
    expect(normalise('Oekraïne Coöperatief Differentiëren É')).toBe(
      'oekraine cooperatief differentieren e',
    );
  });
});

describe('tokenise', () => {
  it('splits on punctuation and drops hashtags', () => {
    expect(tokenise('#stillekinderen, thuistaal / translanguaging!')).toEqual([
      'stillekinderen',
      'thuistaal',
      'translanguaging',
    ]);
  });

  it('keeps hyphenated prefixes together and splits hyphenated compounds', () => {
    expect(tokenise('de-escaleren')).toEqual(['deescaleren']);
    expect(tokenise('spraak-taalproblemen')).toEqual(['spraak', 'taalproblemen']);
    expect(tokenise("picto's en T.O.S.")).toEqual(['pictos', 'en', 'tos']);
  });

  it('keeps codes with digits', () => {
    expect(tokenise('NT2, 1F en groep 7/8')).toEqual(['nt2', '1f', 'en', 'groep', '7', '8']);
  });
});

describe('stem', () => {
  it.each([
    ['praat', 'praten'],
    ['kleuters', 'kleuter'],
    ['lees', 'lezen'],
    ['stottert', 'stotteren'],
    ['leerlingen', 'leerling'],
  ])('%s ~ %s', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it('keeps different words apart', () => {
    expect(stem('tafel')).not.toBe(stem('taal'));
  });
});

describe('damerauLevenshtein', () => {
  it('counts a transposition as one edit', () => {
    expect(damerauLevenshtein('autsime', 'autisme')).toBe(1);
    expect(damerauLevenshtein('dyslectie', 'dyslexie')).toBe(2);
    expect(damerauLevenshtein('abc', 'abc')).toBe(0);
  });

  it('stops early above the maximum', () => {
    expect(damerauLevenshtein('hoogbegaafd', 'zwakbegaafd', 1)).toBe(2);
  });
});
