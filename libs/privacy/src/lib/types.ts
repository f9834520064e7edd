/**
 * What the pupil-data guard finds in a text.
 *
 * - `BSN` and `ONDERWIJSNUMMER` identify a pupil outright: such a text is refused.
 * - `DATE_OF_BIRTH`, `PUPIL_NAME` and `ADDRESS` make a pupil recognisable: the member is
 *   warned and may post anyway (false positives happen).
 */
export type FindingKind = 'BSN' | 'ONDERWIJSNUMMER' | 'DATE_OF_BIRTH' | 'PUPIL_NAME' | 'ADDRESS';

export type FindingLevel = 'REFUSE' | 'WARN';

export interface Finding {
  kind: FindingKind;
  level: FindingLevel;
  /** offset of the first character (JavaScript string index, UTF-16 code units) */
  start: number;
  /** offset just after the last character */
  end: number;
  /** the flagged characters, `text.slice(start, end)` */
  text: string;
}

export const LEVEL_OF: Record<FindingKind, FindingLevel> = {
  BSN: 'REFUSE',
  ONDERWIJSNUMMER: 'REFUSE',
  DATE_OF_BIRTH: 'WARN',
  PUPIL_NAME: 'WARN',
  ADDRESS: 'WARN',
};

export function finding(kind: FindingKind, text: string, start: number, end: number): Finding {
  return { kind, level: LEVEL_OF[kind], start, end, text: text.slice(start, end) };
}

/** The text before `start` on the same line, at most `size` characters. */
export function lineBefore(text: string, start: number, size: number): string {
  const before = text.slice(Math.max(0, start - size), start);
  const newline = before.lastIndexOf('\n');
  return newline >= 0 ? before.slice(newline + 1) : before;
}
