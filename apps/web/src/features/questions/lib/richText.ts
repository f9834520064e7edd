/** A colleague mentioned in a post: shown as "@Name" while typing, sent as a mention span. */
export interface Mention {
  id: string;
  name: string;
}

/** What the editor holds: plain text plus the mentions picked in it. */
export interface EditorValue {
  text: string;
  mentions: Mention[];
}

export const EMPTY_EDITOR: EditorValue = { text: '', mentions: [] };

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The mentions whose "@Name" still occurs in the text (deleted ones are dropped). */
export function activeMentions(value: EditorValue): Mention[] {
  const seen = new Set<string>();
  return value.mentions.filter((mention) => {
    if (seen.has(mention.id) || !value.text.includes(`@${mention.name}`)) return false;
    seen.add(mention.id);
    return true;
  });
}

/**
 * Plain text to the safe HTML the api expects: paragraphs (blank lines) in `<p>`, single line
 * breaks as `<br>`, everything else escaped; "@Name" of a picked colleague becomes
 * `<span data-type="mention" data-id="…">@Name</span>`.
 */
export function toHtml(value: EditorValue): string {
  const mentions = activeMentions(value).sort((a, b) => b.name.length - a.name.length);
  const byName = new Map(mentions.map((m) => [escapeHtml(`@${m.name}`), m]));
  const pattern =
    mentions.length > 0
      ? new RegExp(`(${[...byName.keys()].map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
      : null;
  return value.text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => {
      let html = escapeHtml(paragraph);
      if (pattern) {
        html = html.replace(pattern, (match: string) => {
          const mention = byName.get(match);
          return mention
            ? `<span data-type="mention" data-id="${escapeHtml(mention.id)}">${match}</span>`
            : match;
        });
      }
      return `<p>${html.replace(/\n/g, '<br>')}</p>`;
    })
    .join('');
}

/**
 * The plain text the api checks for an editor value (its bodyText, where the offsets of the
 * privacy flags point): the paragraphs of `toHtml`, each on its own line, spaces collapsed.
 */
export function toPlainText(value: EditorValue): string {
  return value.text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** The server's sanitised HTML back to editable text with its mentions (for editing a post). */
export function fromHtml(html: string): EditorValue {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const mentions: Mention[] = [];
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element)) return '';
    const tag = node.tagName.toLowerCase();
    if (tag === 'br') return '\n';
    const inner = Array.from(node.childNodes).map(walk).join('');
    if (tag === 'span' && node.getAttribute('data-type') === 'mention') {
      const id = node.getAttribute('data-id');
      const name = inner.replace(/^@/, '');
      if (id && name) mentions.push({ id, name });
      return `@${name}`;
    }
    if (['p', 'li', 'h3', 'h4', 'blockquote', 'pre', 'ul', 'ol'].includes(tag)) {
      return `${inner}\n\n`;
    }
    return inner;
  };
  const text = walk(doc.body)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, mentions };
}

/** The "@query" being typed just before the caret, if any. */
export function findMentionQuery(
  text: string,
  caret: number,
): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0) return null;
  if (at > 0 && !/[\s(]/.test(before[at - 1] ?? '')) return null;
  const query = before.slice(at + 1);
  if (query.length > 40 || /\n/.test(query) || /^\s/.test(query)) return null;
  if (query.split(' ').length > 3) return null;
  return { start: at, query };
}

/** Replaces "@query" (from `start` to the caret) by "@Name " and returns the new caret. */
export function insertMention(
  value: EditorValue,
  start: number,
  caret: number,
  mention: Mention,
): { value: EditorValue; caret: number } {
  const inserted = `@${mention.name} `;
  const text = value.text.slice(0, start) + inserted + value.text.slice(caret);
  const mentions = value.mentions.some((m) => m.id === mention.id)
    ? value.mentions
    : [...value.mentions, mention];
  return { value: { text, mentions }, caret: start + inserted.length };
}
