import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { evaluate, parseCases } from '../eval/metrics';
import { findPupilNumbers, isBsn, isOnderwijsnummer } from './numbers';
import { anonymise, redactForLog, scanText } from './scan';

const cases = parseCases(readFileSync(join(__dirname, '../eval/cases.jsonl'), 'utf8'));

describe('the guard’s own test suite (cases.jsonl)', () => {
  it('has at least 40 cases with pupil data and 40 look-alikes', () => {
    expect(cases.filter((c) => c.expect.length).length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => !c.expect.length).length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const found = scanText(c.text).map((f) => ({ kind: f.kind, text: f.text }));
    expect(found).toEqual(c.expect);
  });

  it('scores every refusal and finds no pupil number in a look-alike', () => {
    const report = evaluate(cases);
    expect(report.refusals).toMatchObject({ fn: 0, fp: 0 });
    expect(report.lookAlikesPassed).toBe(report.lookAlikes);
  });
});

describe('pupil numbers', () => {
  it('applies the 11-proef to BSNs, with or without the leading zero', () => {
    expect(isBsn('123456782')).toBe(true);
    expect(isBsn('111222333')).toBe(true);
    expect(isBsn('123456789')).toBe(false);
    expect(isBsn('000000000')).toBe(false);
    expect(isBsn('081395267')).toBe(true);
    expect(isBsn('81395267')).toBe(true);
    expect(isBsn('1234.56.782')).toBe(true);
  });

  it('knows an onderwijsnummer by its 1 and the remainder 5', () => {
    expect(isOnderwijsnummer('101222331')).toBe(true);
    expect(isOnderwijsnummer('100252333')).toBe(false);
    expect(isOnderwijsnummer('211222331')).toBe(false);
  });

  it('gives offsets in the text as written', () => {
    const text = 'Het BSN is 1234.56.782, toch?';
    const [found] = findPupilNumbers(text);
    expect(found).toMatchObject({ kind: 'BSN', level: 'REFUSE', text: '1234.56.782' });
    expect(text.slice(found.start, found.end)).toBe('1234.56.782');
  });

  it('does not join a group number to a BSN that follows it', () => {
    expect(scanText('groep 7 123456782').map((f) => f.text)).toEqual(['123456782']);
  });
});

describe('anonymise', () => {
  it('replaces names by initials and dates of birth, addresses and numbers by placeholders', () => {
    const text =
      'Mijn leerling Daan de Vries (groep 5), geboren 3-4-2017, woont op de Kerkstraat 12. BSN 123456782.';
    expect(anonymise(text)).toBe(
      'Mijn leerling D.V. (groep 5), geboren [geboortedatum], woont op de [adres]. BSN [BSN].',
    );
  });

  it('leaves a text without findings as it is', () => {
    const text = 'Een jongen in groep 5 die niet leest.';
    expect(anonymise(text)).toBe(text);
  });

  it('applies only findings of this text', () => {
    const findings = scanText('Mijn leerling Daan (groep 5) leest niet.');
    expect(anonymise('Iets heel anders dan daarnet, echt waar.', findings)).toBe(
      'Iets heel anders dan daarnet, echt waar.',
    );
  });
});

describe('redactForLog', () => {
  it('removes every BSN and onderwijsnummer and keeps the rest', () => {
    expect(redactForLog('dyslexie 123456782 groep 5')).toBe('dyslexie groep 5');
    expect(redactForLog('onderwijsnummer 101222331 rekenen')).toBe('onderwijsnummer rekenen');
    expect(redactForLog('rekenen groep 5')).toBe('rekenen groep 5');
  });
});
