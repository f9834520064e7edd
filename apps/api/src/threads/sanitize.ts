import sanitizeHtml from 'sanitize-html';

/**
 * The only HTML that survives in questions and answers: the rich-text editor's formatting,
 * links (http, https, mailto) opened safely, and mentions (`<span data-type="mention"
 * data-id="…">`). Scripts, event handlers, styles, iframes and javascript: URLs never do.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'ul',
    'ol',
    'li',
    'blockquote',
    'code',
    'pre',
    'a',
    'h3',
    'h4',
    'span',
  ],
  allowedAttributes: {
    a: ['href', 'rel', 'target'],
    span: ['data-type', 'data-id', 'data-label'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
  },
  exclusiveFilter: (frame) =>
    frame.tag === 'span' &&
    frame.attribs['data-type'] !== undefined &&
    frame.attribs['data-type'] !== 'mention',
};

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** Plain text of sanitised HTML, for search, previews and e-mail. */
export function htmlToText(html: string): string {
  return sanitizeHtml(html.replace(/<(br|\/p|\/li|\/h3|\/h4|\/blockquote|\/pre)\b[^>]*>/gi, '\n'), {
    allowedTags: [],
    allowedAttributes: {},
  })
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Member ids mentioned in sanitised HTML. */
export function mentionedIds(html: string): string[] {
  const ids = new Set<string>();
  const pattern = /<span[^>]*data-type="mention"[^>]*data-id="([0-9a-f-]{36})"[^>]*>/gi;
  for (const match of html.matchAll(pattern)) ids.add(match[1].toLowerCase());
  const reversed = /<span[^>]*data-id="([0-9a-f-]{36})"[^>]*data-type="mention"[^>]*>/gi;
  for (const match of html.matchAll(reversed)) ids.add(match[1].toLowerCase());
  return [...ids];
}
