import { Finding, finding, lineBefore } from './types';

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  febr: 2,
  maart: 3,
  mrt: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/**
 * Dates as Dutch texts write them: 3-4-2017, 03/04/2017, 3.4.17, 3-4-'17, 2017-04-03,
 * "3 april 2017", "3 apr. '17", "3e april" (the year may be left out in words).
 */
const DATE = new RegExp(
  [
    String.raw`(?<d1>\d{1,2})\s?[-/.]\s?(?<m1>\d{1,2})\s?[-/.]\s?(?<y1>\d{4}|'?\d{2})(?![\d/.-]\d)`,
    String.raw`(?<y2>\d{4})-(?<m2>\d{1,2})-(?<d2>\d{1,2})(?!\d)`,
    String.raw`(?<d3>\d{1,2})(?:e|ste|de)?\s+(?<m3>${MONTH_NAMES})\.?(?:\s+(?<y3>\d{4}|'\d{2}))?(?![\p{L}\d])`,
  ].join('|'),
  'giu',
);

/** Words just before a date that make it a date of birth ("geboren op", "geb.", "°"). */
const BIRTH_BEFORE =
  /(?:\b(?:geboren|geb|geboortedatum|geboortedag|geb\.?\s?datum|gebdat|gebdatum|born|dob|date\s+of\s+birth)\b\.?|°)(?:\s*(?:\b(?:op|is|was|de|het|in|on|van|kind|leerling|leerlinge|hem|haar|zoon|dochter)\b|[:(,]))*\s*$/i;

/** Words just after a date that make it one ("is op 3 april 2017 geboren"). */
const BIRTH_AFTER = /^\s*\)?\s*(?:geboren|ter\s+wereld\s+gekomen|jarig\b[^.\n]{0,20}geboren)/i;

function validDate(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** Dates of birth: a date with a birth word right before or after it. */
export function findBirthDates(text: string): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(DATE)) {
    const g = match.groups ?? {};
    const day = Number(g['d1'] ?? g['d2'] ?? g['d3']);
    const monthText = (g['m1'] ?? g['m2'] ?? g['m3'] ?? '').toLowerCase();
    const month = MONTHS[monthText] ?? Number(monthText);
    if (!validDate(day, month)) continue;
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const birth =
      BIRTH_BEFORE.test(lineBefore(text, start, 40)) || BIRTH_AFTER.test(text.slice(end));
    if (birth) found.push(finding('DATE_OF_BIRTH', text, start, end));
  }
  return found;
}
