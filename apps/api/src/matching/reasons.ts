import { LEVELS, type Locale, OFFER_TYPES } from '@deelwijs/taxonomy';

/** One ranked row as the ranking statement returns it (before members are loaded). */
export interface RankedRow {
  id: string;
  score: number;
  /** matched declared subtopics -> level rank 1..3 */
  subtopics: Record<string, number>;
  /** matched subtopics inferred from tags/bio -> level rank */
  inferred: Record<string, number>;
  /** matched domains -> level rank */
  domains: Record<string, number>;
  /** query words found in the profile text */
  terms: string[];
  sameSchool: boolean;
  sameBoard: boolean;
  open: boolean;
  offers: string[];
  snippet: string | null;
  /** the rows the result card shows, as `to_jsonb` (column names as keys) */
  card?: {
    member: Record<string, unknown>;
    school: Record<string, unknown> | null;
    profile: Record<string, unknown> | null;
    entries: Record<string, unknown>[];
  };
}

export interface ReasonContext {
  locale: Locale;
  /** subtopic/domain slug -> label in the viewer's locale (database labels) */
  subtopicLabel: (slug: string) => string;
  domainLabel: (slug: string) => string;
  /** order of the query's subtopic hits, best first */
  subtopicOrder: string[];
  /** offers the viewer filtered on: shown first */
  preferredOffers?: string[];
}

const TEXT = {
  nl: {
    inferred: (label: string) => `Beschrijft ervaring met ${label}`,
    domain: (label: string, level: string) => `Domein ${label} (${level})`,
    mentions: (words: string) => `Noemt: ${words}`,
    offers: (label: string) => `biedt ${label}`,
    sameSchool: 'zelfde school',
    sameBoard: 'zelfde bestuur',
    open: 'staat open voor vragen',
  },
  en: {
    inferred: (label: string) => `Describes experience with ${label}`,
    domain: (label: string, level: string) => `Domain ${label} (${level})`,
    mentions: (words: string) => `Mentions: ${words}`,
    offers: (label: string) => `offers ${label}`,
    sameSchool: 'same school',
    sameBoard: 'same school board',
    open: 'open to questions',
  },
} as const;

/** "Selectief mutisme" -> "selectief mutisme"; abbreviations ("ADHD") stay as they are. */
export function lowerFirst(text: string): string {
  return text.length > 1 && text[1] === text[1].toLowerCase() && text[1] !== text[1].toUpperCase()
    ? text[0].toLowerCase() + text.slice(1)
    : text;
}

function levelLabel(rank: number, locale: Locale): string {
  const level = LEVELS.find((l) => l.rank === rank) ?? LEVELS[0];
  return locale === 'en' ? level.label_en : level.label_nl;
}

const byQueryOrder = (order: string[]) => (a: [string, number], b: [string, number]) =>
  b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]);

/**
 * Why a colleague was found, in the viewer's language: "Specialist: selectief mutisme",
 * "biedt observatie in de klas", "zelfde school", "staat open voor vragen".
 */
export function buildReasons(row: RankedRow, ctx: ReasonContext): string[] {
  const t = TEXT[ctx.locale];
  const reasons: string[] = [];
  const declared = Object.entries(row.subtopics).sort(byQueryOrder(ctx.subtopicOrder));
  for (const [slug, rank] of declared.slice(0, 3)) {
    reasons.push(`${levelLabel(rank, ctx.locale)}: ${lowerFirst(ctx.subtopicLabel(slug))}`);
  }
  const inferred = Object.entries(row.inferred)
    .filter(([slug]) => !Object.hasOwn(row.subtopics, slug))
    .sort(byQueryOrder(ctx.subtopicOrder));
  for (const [slug] of inferred.slice(0, 2)) {
    reasons.push(t.inferred(lowerFirst(ctx.subtopicLabel(slug))));
  }
  if (!declared.length) {
    const domains = Object.entries(row.domains).sort((a, b) => b[1] - a[1]);
    for (const [slug, rank] of domains.slice(0, 1)) {
      reasons.push(t.domain(ctx.domainLabel(slug), levelLabel(rank, ctx.locale).toLowerCase()));
    }
  }
  if (!declared.length && !inferred.length && row.terms.length) {
    reasons.push(t.mentions(row.terms.slice(0, 4).join(', ')));
  }
  const preferred = ctx.preferredOffers ?? [];
  const offers = OFFER_TYPES.filter((o) => row.offers.includes(o.slug)).sort(
    (a, b) => Number(preferred.includes(b.slug)) - Number(preferred.includes(a.slug)),
  );
  for (const offer of offers.slice(0, 2)) {
    reasons.push(t.offers(lowerFirst(ctx.locale === 'en' ? offer.label_en : offer.label_nl)));
  }
  if (row.sameSchool) reasons.push(t.sameSchool);
  else if (row.sameBoard) reasons.push(t.sameBoard);
  if (row.open) reasons.push(t.open);
  return reasons;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * ts_headline marks matches with two private-use characters (stripped from the bio first);
 * everything else is HTML-escaped, and the marks become <mark>…</mark>.
 */
export function safeSnippet(raw: string | null): string | null {
  if (!raw?.trim()) return null;
  return escapeHtml(raw.replace(/\s+/g, ' ').trim())
    .replace(/\uE000/g, '<mark>')
    .replace(/\uE001/g, '</mark>');
}
