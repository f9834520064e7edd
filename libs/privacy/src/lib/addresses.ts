import { Finding, finding, lineBefore } from './types';

/**
 * Endings of Dutch street names. Endings that also end common words followed by a number
 * ("Antwoord 1", "Leerpad 3", "Loopbaan 2", "Werkveld 4") are left out: an address is a
 * warning, and a false one on an ordinary text costs more than a missed street.
 */
const STREET_SUFFIXES = [
  'straat',
  'straatweg',
  'laan',
  'weg',
  'plein',
  'singel',
  'gracht',
  'kade',
  'dreef',
  'hof',
  'steeg',
  'dijk',
  'park',
  'plantsoen',
  'boulevard',
  'markt',
].join('|');

/**
 * A street with a house number: "Kerkstraat 12", "Van Goghlaan 3a", "Burgemeester de
 * Withstraat 4-2", optionally followed by a postcode and town ("Kerkstraat 12, 6711 AB Ede").
 */
const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:\p{Lu}[\p{L}'’.-]*|van|de|der|den|het|ter|ten|'t)\s+){0,2})?\p{Lu}[\p{L}'’-]*(?:${STREET_SUFFIXES})\s+\d{1,5}(?:\s?[a-zA-Z](?![\p{L}]))?(?:-\d{1,4}|\s?bis)?(?:,?\s+\d{4}\s?[A-Z]{2}(?:\s+\p{Lu}[\p{L}'’-]+)?)?(?![\p{L}\p{N}])`,
  'gu',
);

/** A number after a street that is not a house number: "Marktplein 2 december", "3 groepen". */
const NOT_HOUSE_NUMBER =
  /^\s*(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|uur|keer|x|jaar|weken|dagen|minuten|min|kinderen|leerlingen|groepen|klassen|lokalen|collega's|personen|deelnemers|plekken|%|procent|euro)\b/iu;

/** Right before the address: where an event or meeting is, not where a pupil lives. */
const VENUE_BEFORE =
  /\b(?:locatie|plaats|waar|adres\s+van\s+(?:de\s+)?(?:school|locatie|bijeenkomst|vergadering)|schooladres|bezoekadres|postadres|zaal|gebouw|vergader\w*|verzamel\w*|parkeer\w*|parkeren|ingang|kantoor|bestuurskantoor|studiedag|bijeenkomst|training|workshop|cursus|stichting|bestuur|cbs|obs|pcbs|rkbs|kbs|ikc|kc|sbo|sbao|so|vso|basisschool|kindcentrum|pabo)\b[^\n]{0,50}$/iu;

/** Right after the address: it is an office or a school. */
const VENUE_AFTER =
  /^\s*[(,-]?\s*(?:bestuurskantoor|kantoor|hoofdgebouw|gebouw|locatie|ingang|hoofdingang)\b/iu;

/** Street addresses, except the address of a meeting place. */
export function findAddresses(text: string): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(ADDRESS)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (NOT_HOUSE_NUMBER.test(text.slice(end))) continue;
    if (VENUE_BEFORE.test(lineBefore(text, start, 80)) || VENUE_AFTER.test(text.slice(end))) {
      continue;
    }
    found.push(finding('ADDRESS', text, start, end));
  }
  return found;
}
