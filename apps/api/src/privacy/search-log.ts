import { redactForLog, scanText } from '@deelwijs/privacy';
import type { QueryAnalysis } from '@deelwijs/taxonomy';

const words = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * The form of an expert-search query the search log keeps. A BSN or onderwijsnummer is
 * removed. A query the guard would warn about (a pupil's name, a date of birth, an address) is
 * kept only as its analysed terms, without the flagged words (nor their typo corrections and
 * compound parts) and without numbers.
 */
export function searchLogQuery(
  query: string,
  analysis: Pick<QueryAnalysis, 'terms' | 'corrections' | 'compounds'>,
): string {
  const flagged = scanText(query).filter((f) => f.level === 'WARN');
  if (!flagged.length) return redactForLog(query);
  const hidden = new Set(flagged.flatMap((f) => words(f.text)));
  for (const c of analysis.corrections) if (hidden.has(c.from)) hidden.add(c.to);
  for (const c of analysis.compounds) {
    if (words(c.token).some((w) => hidden.has(w))) c.parts.forEach((p) => hidden.add(p));
  }
  return analysis.terms
    .map((t) => t.term)
    .filter((term) => !hidden.has(term) && !/\d/.test(term))
    .join(' ');
}
