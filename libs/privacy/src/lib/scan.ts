import { findAddresses } from './addresses';
import { findBirthDates } from './dates';
import { findPupilNames, initials } from './names';
import { findPupilNumbers } from './numbers';
import { Finding } from './types';

/**
 * Everything in a text that identifies a pupil, in text order. Where findings overlap the
 * refused one wins, then the longer one.
 */
export function scanText(text: string): Finding[] {
  if (!text) return [];
  const all = [
    ...findPupilNumbers(text),
    ...findBirthDates(text),
    ...findAddresses(text),
    ...findPupilNames(text),
  ];
  const rank = (f: Finding) => (f.level === 'REFUSE' ? 1e6 : 0) + (f.end - f.start);
  const kept: Finding[] = [];
  for (const f of [...all].sort((a, b) => rank(b) - rank(a))) {
    if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** True when the text may not be saved at all. */
export function isRefused(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.level === 'REFUSE');
}

const REPLACEMENT: Record<Finding['kind'], (f: Finding) => string> = {
  BSN: () => '[BSN]',
  ONDERWIJSNUMMER: () => '[onderwijsnummer]',
  DATE_OF_BIRTH: () => '[geboortedatum]',
  ADDRESS: () => '[adres]',
  PUPIL_NAME: (f) => initials(f.text),
};

/**
 * The text with its findings made anonymous: names become initials ("Daan" → "D."), dates of
 * birth, addresses and numbers a placeholder ("[geboortedatum]"). `findings` are those of
 * `scanText(text)` (or a selection of them).
 */
export function anonymise(text: string, findings: readonly Finding[] = scanText(text)): string {
  let out = text;
  for (const f of [...findings].sort((a, b) => b.start - a.start)) {
    if (text.slice(f.start, f.end) !== f.text) continue; // not a finding of this text
    out = out.slice(0, f.start) + REPLACEMENT[f.kind](f) + out.slice(f.end);
  }
  return out;
}

/** The text with every BSN and onderwijsnummer removed, for logs and statistics. */
export function redactForLog(text: string): string {
  const refused = scanText(text).filter((f) => f.level === 'REFUSE');
  let out = text;
  for (const f of refused.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, f.start) + out.slice(f.end);
  }
  return out.replace(/[ \t]{2,}/g, ' ').trim();
}
