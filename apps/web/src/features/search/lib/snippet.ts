export interface SnippetPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Turns the api's HTML escapes back into characters; the result is only ever rendered as text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code[0] === '#') {
      const point =
        code[1] === 'x' || code[1] === 'X'
          ? Number.parseInt(code.slice(2), 16)
          : Number.parseInt(code.slice(1), 10);
      return Number.isFinite(point) && point > 0 && point <= 0x10ffff
        ? String.fromCodePoint(point)
        : entity;
    }
    return ENTITIES[code.toLowerCase()] ?? entity;
  });
}

/**
 * Splits a snippet ("… twee <mark>kleuters</mark> met …") into plain and marked parts. Only
 * `<mark>` and `</mark>` have a meaning; any other markup stays literal text.
 */
export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of snippet.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last)
      parts.push({ text: decodeEntities(snippet.slice(last, index)), marked: false });
    if (match[1]) parts.push({ text: decodeEntities(match[1]), marked: true });
    last = index + match[0].length;
  }
  if (last < snippet.length)
    parts.push({ text: decodeEntities(snippet.slice(last)), marked: false });
  return parts;
}
