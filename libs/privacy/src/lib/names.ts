import { Finding, finding } from './types';
import { FIRST_NAMES, NOT_NAMES } from './words';

/** A capitalised word that may be a first name: "Daan", "Zoë", "Jan-Willem". */
const NAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
const CAPITALISED = new RegExp(`(?<![\\p{L}\\p{N}'’@._/-])${NAME_WORD}(?![\\p{L}\\p{N}@])`, 'gu');
/** A surname after the first name: "de Vries", "van den Berg", "Jansen". */
const SURNAME = new RegExp(
  String.raw`\s+(?:(?:van|de|der|den|ter|ten|te|'t|von|la|le|da|el)\s+){0,3}(${NAME_WORD})(?![\p{L}\p{N}@])`,
  'uy',
);

/** Words right before a name that make it a pupil: "mijn leerling Daan", "zoon Tim". */
const PUPIL_BEFORE = new RegExp(
  [
    String.raw`\b(?:leerling(?:e|etje)?|leerlingen|pupil|zoon(?:tje)?|dochter(?:tje)?|kind(?:je)?|kleuter(?:tje)?|broer(?:tje)?|zus(?:je)?|tweelingbroer(?:tje)?|tweelingzus(?:je)?|pleegkind|pleegzoon|pleegdochter|jongen(?:tje)?|meisje|leerlingnaam|naam\s+(?:van\s+)?(?:de\s+)?leerling)(?:\s+(?:in|uit|van)\s+(?:de\s+|mijn\s+|onze\s+)?(?:klas|groep\s*\d{0,2}))?\s*[,:]?\s*(?:(?:genaamd|heet|met\s+de\s+naam|die)\s+)?$`,
    // "in groep 5 zit Daan", "bij mij in de klas zit Daan"
    String.raw`\b(?:groep\s*\d{1,2}|klas|groep)\s+(?:zit|zitten|zat)\s+(?:ook\s+|nu\s+|sinds\s+kort\s+)?$`,
    // "het meisje heet Fleur"; a colleague who "heet" is excluded below
    String.raw`\b(?:hij|zij|ze|het|die)\s+heet\s+$`,
  ].join('|'),
  'iu',
);

/** Words right after a name that make it a pupil, whatever the name looks like. */
const PUPIL_AFTER_STRONG =
  /^\s*[,:]?\s*(?:(?:hij|zij|ze)\s+)?(?:(?:zit|zat|zitten)\s+(?:nu\s+|al\s+|sinds\s+kort\s+|dit\s+jaar\s+)?(?:in|bij\s+(?:mij|ons)\s+in)\s+(?:groep|gr\.?|de\s+klas|mijn\s+klas|onze\s+klas|klas|de\s+kleuterklas|mijn\s+groep)|(?:is|was)\s+(?:een|mijn|onze)\s+(?:leerling|kleuter|jongen|meisje)\b)/iu;

/**
 * Words right after a name that make it a pupil when the name is not the first word of a
 * sentence (there every word is capitalised), or is a known first name.
 */
const PUPIL_AFTER =
  /^(?:\s*\(\s*(?:groep|gr\.?)\s*\d{1,2}|\s*\(\s*\d{1,2}\s*(?:jaar|jr\.?)?\s*[),]|\s*,\s*\d{1,2}\s*(?:jaar|jr)\b|\s*,\s*(?:groep|gr\.?)\s*\d{1,2}\b|\s+uit\s+(?:groep|gr\.?)\s*\d|\s+uit\s+(?:mijn|onze)\s+(?:klas|groep)\b|\s+van\s+\d{1,2}\s+jaar\b)/iu;

/** Words right after a name that make it a pupil only when it is a known first name. */
const PUPIL_AFTER_WEAK = /^\s+in\s+(?:(?:groep|gr\.?)\s*\d|(?:mijn|onze)\s+(?:klas|groep)\b)/iu;

/** Right before a name: a colleague, a parent or a greeting, not a pupil. */
const NOT_PUPIL_BEFORE = new RegExp(
  [
    String.raw`\b(?:juf|juffrouw|meester|meneer|mevrouw|mevr|mw|dhr|collega|collega's|ib'?er|ib-er|intern\s+begeleider|leerkracht|leraar|lerares|directeur|directrice|teamleider|coördinator|coordinator|rt'er|logopedist|logopediste|orthopedagoog|psycholoog|moeder|vader|mama|papa|opa|oma|tante|oom|buurvrouw|buurman|stagiair|stagiaire|invaller|duo-?collega|duopartner)\s*\.?\s*,?\s*$`,
    String.raw`(?:^|[\s,.!?])(?:hoi|hallo|hey|hee|hi|beste|lieve|dag|goedemorgen|goedemiddag|goedenavond|groetjes|groet|gr|groeten|liefs|mvg|met\s+vriendelijke\s+groet(?:en)?|vriendelijke\s+groet(?:en)?|hartelijke\s+groet(?:en)?|bedankt|dank\s+je(?:\s+wel)?|dankjewel|thanks|namens)\s*[,.!:]?\s*$`,
    String.raw`\b(?:vraag|vroeg|overleg|overlegd|mail|bel|app)\s+(?:het\s+|even\s+|eens\s+)*(?:aan|met|bij)\s+$`,
  ].join('|'),
  'iu',
);

/** "mijn collega heet Sanne": the one who "heet" is not a pupil. */
const COLLEAGUE_HEET =
  /\b(?:collega|juf|meester|ib'?er|directeur|directrice|leerkracht|moeder|vader|mama|papa)\b[^.!?\n]{0,30}\bheet\s+$/iu;

const SENTENCE_START = /(?:^|[.!?:;]\s+|\n\s*|["“‘(]\s*)$/u;

/** "Vraag Over Een Leerling": in Title Case capitals say nothing about names. */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length < 5) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.8;
}

interface NameSpan {
  start: number;
  end: number;
  first: string;
}

/** Capitalised words that may be names, each with the surname that follows it. */
function nameSpans(text: string): NameSpan[] {
  const spans: NameSpan[] = [];
  for (const match of text.matchAll(CAPITALISED)) {
    const start = match.index ?? 0;
    const first = match[0];
    if (NOT_NAMES.has(first.toLowerCase())) continue;
    let end = start + first.length;
    SURNAME.lastIndex = end;
    const surname = SURNAME.exec(text);
    if (surname && !NOT_NAMES.has(surname[1].toLowerCase())) end = SURNAME.lastIndex;
    spans.push({ start, end, first });
  }
  return spans;
}

/**
 * Names of pupils: a capitalised word next to a pupil cue ("mijn leerling Daan", "Daan
 * (groep 5)", "Daan zit in groep 5", "in groep 5 zit Daan"), not after a colleague cue
 * ("juf Sanne", "Hoi Sanne,", "Groetjes, Marieke"). A weak cue such as "(groep 5)" needs a
 * known first name at the start of a sentence, where every word is capitalised.
 */
export function findPupilNames(text: string): Finding[] {
  if (isTitleCase(text)) return [];
  const found: Finding[] = [];
  let previousEnd = -1;
  for (const span of nameSpans(text)) {
    if (span.start < previousEnd) continue; // part of the surname of the previous name
    const before = text.slice(Math.max(0, span.start - 80), span.start);
    const after = text.slice(span.end, span.end + 60);
    const listed =
      previousEnd >= 0 && /^\s*(?:,|en|&|of)\s*$/u.test(text.slice(previousEnd, span.start));
    if (!listed && NOT_PUPIL_BEFORE.test(before)) continue;
    const strong =
      listed ||
      (PUPIL_BEFORE.test(before) && !COLLEAGUE_HEET.test(before)) ||
      PUPIL_AFTER_STRONG.test(after);
    const knownName = FIRST_NAMES.has(span.first.toLowerCase());
    const cuedAfter =
      (PUPIL_AFTER.test(after) && (knownName || !SENTENCE_START.test(before))) ||
      (PUPIL_AFTER_WEAK.test(after) && knownName);
    if (strong || cuedAfter) {
      found.push(finding('PUPIL_NAME', text, span.start, span.end));
      previousEnd = span.end;
    }
  }
  return found;
}

/** "Daan de Vries" → "D.V.", "Jan-Willem" → "J.W.". */
export function initials(name: string): string {
  const capitals = name.match(/\p{Lu}/gu) ?? [];
  return capitals.map((c) => `${c}.`).join('') || name;
}
