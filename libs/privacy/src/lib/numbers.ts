import { Finding, finding, lineBefore } from './types';

/**
 * Pupil numbers: the BSN (burgerservicenummer) and the onderwijsnummer that DUO gives a pupil
 * without a BSN. Both have 9 digits and a weighted check ("11-proef"): the first eight digits
 * times 9, 8 … 2, minus the last digit. For a BSN that sum is divisible by 11; for an
 * onderwijsnummer it leaves 5 and the number starts with 1. A BSN that starts with a zero is
 * often written without it, in 8 digits.
 */
export function elfproefRemainder(digits: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return ((sum % 11) + 11) % 11;
}

/** A valid BSN: 9 digits (or 8, a leading zero left out) passing the 11-proef, not all zeros. */
export function isBsn(value: string): boolean {
  const digits = value.replace(/[\s.]/g, '');
  if (!/^\d{8,9}$/.test(digits)) return false;
  const nine = digits.padStart(9, '0');
  return !/^0+$/.test(nine) && elfproefRemainder(nine) === 0;
}

/** A valid onderwijsnummer: 9 digits starting with 1, the 11-proef leaving 5. */
export function isOnderwijsnummer(value: string): boolean {
  const digits = value.replace(/[\s.]/g, '');
  return /^1\d{8}$/.test(digits) && elfproefRemainder(digits) === 5;
}

/**
 * Runs of digit groups separated by one space or dot ("123 456 782", "1234.56.782"). A run does
 * not start right after a letter, digit, "+", "-" or "/" (IBANs, phone numbers, dates), and
 * does not continue into a decimal part or a letter.
 */
const DIGIT_RUN = /(?<![\p{L}\p{N}+\-/])\d+(?:[ .]\d+)*(?![\p{L}\p{N}]|[.,-]\d)/gu;

/** Words that say the number that follows is a pupil number. */
const PUPIL_NUMBER_CUE =
  /\b(?:bsn|bsn-?nummer|bsn-?nr|burgerservice\s?(?:nummer|nr)|sofi-?(?:nummer|nr)?|onderwijs\s?(?:nummer|nr)|pgn|persoonsgebonden\s+nummer|leerlingnummer)\b[^\n\d]{0,20}$/i;

/** Right before the number: a phone number ("tel.", "+31 ", "0031 "). */
const PHONE_CUE =
  /(?:\b(?:tel|telefoon|telefoonnummer|telnr|mobiel|mob|gsm|fax|whatsapp)\b[^\n\d]{0,12}|\+\d{1,3}[\s-]?(?:\(0\)\s?)?|\b00\d{2}[\s-]?)$/i;

/** Words before the number that say what else it is (company, book, account, order, amount…). */
const OTHER_NUMBER_CUE =
  /(?:\b(?:kvk|kvk-?nummer|kvk-?nr|isbn|issn|iban|rekening|rekeningnummer|reknr|btw|order|ordernummer|bestelnummer|factuur|factuurnummer|klantnummer|artikelnummer|postbus|ticket|zaaknummer|referentie|kenmerk|dossiernummer)\b[^\n\d]{0,30}|[€$£]\s?|\beur\s)$/i;

const OTHER_NUMBER_AFTER =
  /^\s?(?:euro|eur|€|%|procent|km|kilometer|meter|m2|m²|kg|gram|liter|stuks)\b/i;

/** A plausible way to write a 9-digit number in groups: 9, 3-3-3, 4-2-3, 2-2-2-3 and the like. */
function plausibleGrouping(groups: string[]): boolean {
  return groups.length === 1 || groups.every((g) => g.length >= 2 && g.length <= 4);
}

/** "03042017" or "20170403": an 8-digit date, not a BSN without its leading zero. */
function looksLikeDate(digits: string): boolean {
  const valid = (d: number, m: number, y: number) =>
    d >= 1 && d <= 31 && m >= 1 && m <= 12 && y >= 1900 && y <= 2100;
  const n = (from: number, to: number) => Number(digits.slice(from, to));
  return valid(n(0, 2), n(2, 4), n(4, 8)) || valid(n(6, 8), n(4, 6), n(0, 4));
}

interface Candidate {
  start: number;
  end: number;
  digits: string;
}

/** The parts of a digit run that may be a pupil number: the whole run, else single groups. */
function candidatesIn(run: string, offset: number, cued: boolean): Candidate[] {
  const groups = [...run.matchAll(/\d+/g)].map((m) => ({
    digits: m[0],
    start: offset + (m.index ?? 0),
    end: offset + (m.index ?? 0) + m[0].length,
  }));
  const all = groups.map((g) => g.digits).join('');
  const whole = { start: offset, end: offset + run.length, digits: all };
  if (groups.length === 1) return all.length === 8 || all.length === 9 ? [whole] : [];
  if (all.length === 9 && plausibleGrouping(groups.map((g) => g.digits))) return [whole];
  if (all.length === 8 && cued && plausibleGrouping(groups.map((g) => g.digits))) return [whole];
  // "groep 7 123456782": a 9-digit group inside a longer run of numbers.
  return groups.filter((g) => g.digits.length === 9);
}

/** BSNs and onderwijsnummers in a text. */
export function findPupilNumbers(text: string): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(DIGIT_RUN)) {
    const start = match.index ?? 0;
    const cued = PUPIL_NUMBER_CUE.test(lineBefore(text, start, 40));
    if (!cued && OTHER_NUMBER_AFTER.test(text.slice(start + match[0].length))) continue;
    for (const candidate of candidatesIn(match[0], start, cued)) {
      const { digits } = candidate;
      const before = lineBefore(text, candidate.start, 40);
      if (!cued && (PHONE_CUE.test(before) || OTHER_NUMBER_CUE.test(before))) continue;
      if (digits.length === 8 && !cued && looksLikeDate(digits)) continue;
      if (isOnderwijsnummer(digits)) {
        found.push(finding('ONDERWIJSNUMMER', text, candidate.start, candidate.end));
      } else if (isBsn(digits)) {
        found.push(finding('BSN', text, candidate.start, candidate.end));
      }
    }
  }
  return found;
}
