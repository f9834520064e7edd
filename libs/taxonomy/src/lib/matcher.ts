/**
 * Query understanding against the taxonomy: filler removal, abbreviation
 * expansion, compound splitting, typo correction, phrase matching of labels
 * and synonyms, and construction of the full-text query terms.
 */
import { ABBREVIATIONS } from './abbreviations';
import { DOMAINS, getDomain, getSubtopic, type Locale, SUBTOPICS } from './taxonomy';
import {
  COMMON_WORDS,
  damerauLevenshtein,
  GENERIC_WORDS,
  isContextWord,
  isFunctionWord,
  isGeneric,
  isStopWord,
  normalise,
  SPECIALIST_CUES,
  stem,
  tokenise,
  typoBudget,
} from './text';

// ---------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------

export type TermSource = 'label' | 'synonym' | 'label_en' | 'synonym_en' | 'signal';

interface VocabTerm {
  text: string;
  /** function words were dropped and one word is left ("uit elkaar" -> "elkaar") */
  reduced?: boolean;
  kind: 'subtopic' | 'domain';
  slug: string;
  source: TermSource;
  /** content tokens (stop words removed) */
  tokens: string[];
  stems: string[];
  /** weight per token: generic and filler words count little */
  weights: number[];
  /** a subtopic term that is also a word for its whole domain ("kleuters") */
  broad: boolean;
  /** the same words are a term of more than one subtopic ("stil kind") */
  shared: boolean;
}

/** Common Dutch words used only to recognise the parts of compounds. */
const COMPOUND_LEXICON = (
  'problemen probleem moeilijkheden achterstand achterstanden stoornis stoornissen begeleiding begeleider begeleiders ' +
  'onderwijs les lessen training trainingen protocol plan plannen aanpak angst gedrag groep klas kind kinderen leerling ' +
  'ouder ouders gesprek gesprekken school leerkracht coach coaching hulp middel middelen materiaal methode onderzoek ' +
  'verklaring niveau niveaus ontwikkeling zorg team beleid klachten klacht pijn spel spelen hoek hoeken lezen lees lezer lezers ' +
  'reken rekenen rekenaar rekenaars taal spelling schrijf schrijven woord woorden juf meester kleuter kleuters peuter peuters ' +
  'toets toetsen cito instructie app groepsapp software uitval ziek thuis zitter zitters beperking test werk werken leren ' +
  'spreek spreken praat praten denk denken doel doelen lijn leerlijn vaardigheid vaardigheden motoriek motorisch'
)
  .split(/\s+/)
  .filter(Boolean);

/** Tokens without stop and filler words (what a query is about). */
function contentTokens(text: string): string[] {
  return tokenise(text).filter((t) => !isStopWord(t));
}

/** Tokens without function words (used for phrase matching). */
function matchTokens(text: string): string[] {
  return tokenise(text).filter((t) => !isFunctionWord(t));
}

const isWeak = (t: string) => isGeneric(t) || isStopWord(t);

function buildVocabulary(): VocabTerm[] {
  const terms: VocabTerm[] = [];
  const add = (text: string, kind: 'subtopic' | 'domain', slug: string, source: TermSource) => {
    let tokens = matchTokens(text);
    if (tokens.length === 0) tokens = tokenise(text);
    if (tokens.length === 0) return;
    terms.push({
      reduced: tokens.length === 1 && tokenise(text).length > 1,
      text,
      kind,
      slug,
      source,
      tokens,
      stems: tokens.map(stem),
      weights: tokens.map((t) => (isWeak(t) ? 0.25 : 1)),
      broad: false,
      shared: false,
    });
  };
  for (const d of DOMAINS) {
    add(d.label_nl, 'domain', d.slug, 'label');
    add(d.label_en, 'domain', d.slug, 'label_en');
    d.synonyms_nl.forEach((s) => add(s, 'domain', d.slug, 'synonym'));
    d.synonyms_en.forEach((s) => add(s, 'domain', d.slug, 'synonym_en'));
  }
  for (const s of SUBTOPICS) {
    add(s.label_nl, 'subtopic', s.slug, 'label');
    add(s.label_en, 'subtopic', s.slug, 'label_en');
    s.synonyms_nl.forEach((x) => add(x, 'subtopic', s.slug, 'synonym'));
    s.synonyms_en.forEach((x) => add(x, 'subtopic', s.slug, 'synonym_en'));
  }
  // subtopic terms that are also domain terms of the same domain are broad
  const domainKeys = new Set(
    terms.filter((t) => t.kind === 'domain').map((t) => `${t.slug}|${t.stems.join(' ')}`),
  );
  for (const t of terms) {
    if (t.kind === 'subtopic') {
      const d = getSubtopic(t.slug)!.domain;
      t.broad = domainKeys.has(`${d}|${t.stems.join(' ')}`);
    }
  }
  const owners = new Map<string, Set<string>>();
  for (const t of terms) {
    if (t.kind !== 'subtopic') continue;
    const key = t.stems.join(' ');
    owners.set(key, (owners.get(key) ?? new Set()).add(t.slug));
  }
  for (const t of terms)
    if (t.kind === 'subtopic') t.shared = owners.get(t.stems.join(' '))!.size > 1;
  return terms;
}

const VOCAB: VocabTerm[] = buildVocabulary();

/** Every known word (taxonomy tokens, generic words, compound parts), by stem. */
const KNOWN_STEMS = new Set<string>();
/** Taxonomy tokens and compound-lexicon words, by stem: valid compound parts. */
const PART_STEMS = new Set<string>();
/** Taxonomy tokens by first letter, for typo correction. */
const TYPO_TARGETS = new Map<string, Set<string>>();
/** Token -> vocabulary terms containing it (by stem). */
const TERMS_BY_STEM = new Map<string, VocabTerm[]>();

for (const term of VOCAB) {
  term.tokens.forEach((tok, i) => {
    KNOWN_STEMS.add(term.stems[i]);
    if (tok.length >= 4 && !isWeak(tok)) PART_STEMS.add(term.stems[i]);
    if (tok.length >= 4 && !/\d/.test(tok)) {
      const set = TYPO_TARGETS.get(tok[0]) ?? new Set<string>();
      set.add(tok);
      TYPO_TARGETS.set(tok[0], set);
    }
    const list = TERMS_BY_STEM.get(term.stems[i]) ?? [];
    if (!list.includes(term)) list.push(term);
    TERMS_BY_STEM.set(term.stems[i], list);
  });
}
for (const w of [...GENERIC_WORDS, ...COMPOUND_LEXICON]) KNOWN_STEMS.add(stem(w));
for (const w of COMPOUND_LEXICON) PART_STEMS.add(stem(w));

const NEGATIONS: ReadonlySet<string> = new Set(['niet', 'geen', 'nooit', 'zonder']);
const ENGLISH_SOURCES: ReadonlySet<TermSource> = new Set(['label_en', 'synonym_en']);

// ---------------------------------------------------------------------------
// Signals: how a problem shows in the classroom, in everyday words
// ---------------------------------------------------------------------------

/** A compiled set of signal phrases per subtopic (the file's, or the database's as edited). */
export interface SignalSet {
  readonly terms: readonly VocabTerm[];
  readonly byStem: ReadonlyMap<string, VocabTerm[]>;
  readonly near: Map<string, VocabTerm[]>;
  /** topic word stem -> subtopics whose label, synonyms or signals use it */
  readonly bag: ReadonlyMap<string, ReadonlySet<string>>;
}

const bagWord = (t: string) =>
  t.length >= 5 && !/\d/.test(t) && !isWeak(t) && !isContextWord(t) && !COMMON_WORDS.has(t);

/** Compiles signal phrases per subtopic slug for {@link analyseQuery}. */
export function compileSignals(signals: Iterable<readonly [string, readonly string[]]>): SignalSet {
  const terms: VocabTerm[] = [];
  const byStem = new Map<string, VocabTerm[]>();
  for (const [slug, phrases] of signals) {
    for (const text of phrases) {
      const tokens = matchTokens(text).filter(
        (t) => !isStopWord(t) || t === 'niet' || t === 'geen',
      );
      if (tokens.length === 0) continue;
      const term: VocabTerm = {
        text,
        kind: 'subtopic',
        slug,
        source: 'signal',
        tokens,
        stems: tokens.map(stem),
        weights: tokens.map((t) =>
          isWeak(t) || isContextWord(t) || COMMON_WORDS.has(t) || NEGATIONS.has(t) ? 0.25 : 1,
        ),
        broad: false,
        shared: false,
      };
      if (!term.weights.includes(1)) continue;
      terms.push(term);
      term.stems.forEach((st) => {
        const list = byStem.get(st) ?? [];
        if (!list.includes(term)) list.push(term);
        byStem.set(st, list);
      });
    }
  }
  const bag = new Map<string, Set<string>>();
  const addBag = (slug: string, tokens: readonly string[]) => {
    for (const t of tokens) {
      if (!bagWord(t)) continue;
      const st = stem(t);
      bag.set(st, (bag.get(st) ?? new Set()).add(slug));
    }
  };
  for (const t of terms) addBag(t.slug, t.tokens);
  const slugs = new Set(terms.map((t) => t.slug));
  for (const t of VOCAB)
    if (t.kind === 'subtopic' && slugs.has(t.slug) && !ENGLISH_SOURCES.has(t.source))
      addBag(t.slug, t.tokens);
  return { terms, byStem, near: new Map(), bag };
}

/** The signals of the taxonomy file. */
export const FILE_SIGNALS: SignalSet = compileSignals(
  SUBTOPICS.map((s) => [s.slug, s.signals_nl] as const),
);

export function isKnownWord(token: string): boolean {
  if (KNOWN_STEMS.has(stem(token)) || isStopWord(token)) return true;
  // verb forms: "werkt" (werk), "praat"/"praten"
  return token.length > 4 && token.endsWith('t') && KNOWN_STEMS.has(stem(token.slice(0, -1)));
}

// ---------------------------------------------------------------------------
// Compounds and typos
// ---------------------------------------------------------------------------

// The vocabulary is fixed at load time, so these word-level results can be cached: profile bios
// and questions repeat the same words, and the typo and compound searches are the costly part.
const CACHE_LIMIT = 50_000;
const typoCache = new Map<string, TypoCorrection | null>();
const compoundCache = new Map<string, string[]>();
const nearStemCache = new Map<string, VocabTerm[]>();
const phraseTokenCache = new Map<string, string[]>();

function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

function knownPart(part: string): boolean {
  if (part.length < 4) return false;
  if (PART_STEMS.has(stem(part)) || PART_STEMS.has(part)) return true;
  // linking morphemes: "leesproblemen" = lees + problemen, "gedragsaanpak" = gedrag(s) + aanpak
  if (part.endsWith('s') && part.length > 4 && PART_STEMS.has(stem(part.slice(0, -1)))) return true;
  if (part.endsWith('e') && part.length > 4 && PART_STEMS.has(stem(part.slice(0, -1)))) return true;
  return false;
}

function stripLink(part: string): string {
  if (PART_STEMS.has(stem(part))) return part;
  if ((part.endsWith('s') || part.endsWith('e')) && PART_STEMS.has(stem(part.slice(0, -1))))
    return part.slice(0, -1);
  return part;
}

/**
 * Split a Dutch compound into known parts ("rekenproblemen" -> ["reken",
 * "problemen"], "leesproblemen" -> ["lees", "problemen"]). Returns [] when
 * the word is not a compound of known words. Tries two and three parts.
 */
export function splitCompound(token: string): string[] {
  return memo(compoundCache, token, () => computeSplitCompound(token));
}

function computeSplitCompound(token: string): string[] {
  const t = normalise(token);
  if (t.length < 7 || /[^a-z]/.test(t)) return [];
  let best: string[] = [];
  let bestScore = -1;
  for (let i = 4; i <= t.length - 4; i++) {
    const left = t.slice(0, i);
    const right = t.slice(i);
    const lk = knownPart(left);
    const rk = knownPart(right);
    let parts: string[] | null = null;
    let score = 0;
    if (lk && rk) {
      parts = [stripLink(left), right];
      score = 2 + Math.min(left.length, right.length) / 100;
    } else if (lk) {
      const sub = right.length >= 8 ? splitCompound(right) : [];
      if (sub.length) {
        parts = [stripLink(left), ...sub];
        score = 1.9;
      } else if (left.length >= 5 && right.length >= 5) {
        parts = [stripLink(left), right];
        score = 1 + left.length / 100;
      }
    } else if (rk && left.length >= 5 && right.length >= 5) {
      parts = [left, right];
      score = 0.9 + right.length / 100;
    }
    if (parts && score > bestScore) {
      best = parts;
      bestScore = score;
    }
  }
  return best;
}

export interface TypoCorrection {
  from: string;
  to: string;
  distance: number;
}

/**
 * Correct a word against the taxonomy vocabulary when it is not a known word
 * and is within a small Damerau-Levenshtein distance of one
 * ("autsime" -> "autisme", "exeptional" -> "exceptional").
 */
export function correctTypo(token: string): TypoCorrection | null {
  return memo(typoCache, token, () => computeCorrectTypo(token));
}

function computeCorrectTypo(token: string): TypoCorrection | null {
  const t = normalise(token);
  const budget = typoBudget(t.length);
  if (budget === 0 || isKnownWord(t) || /\d/.test(t)) return null;
  const candidates = TYPO_TARGETS.get(t[0]);
  if (!candidates) return null;
  let best: TypoCorrection | null = null;
  for (const c of candidates) {
    if (Math.abs(c.length - t.length) > budget) continue;
    const d = damerauLevenshtein(t, c, budget);
    // short words: a substitution is more often another word than a typo ("schrikt"/"schrift")
    if (
      d === 1 &&
      t.length < 8 &&
      c.length === t.length &&
      [...t].sort().join('') !== [...c].sort().join('')
    )
      continue;
    if (
      d <= budget &&
      (!best || d < best.distance || (d === best.distance && c.length > best.to.length))
    ) {
      best = { from: t, to: c, distance: d };
    }
  }
  return best;
}

// ---------------------------------------------------------------------------
// Query analysis
// ---------------------------------------------------------------------------

type FormKind = 'exact' | 'abbreviation' | 'typo' | 'compound' | 'joined';

interface QueryForm {
  token: string;
  stem: string;
  kind: FormKind;
  /** positions in the match-token list this form covers */
  positions: number[];
  quality: number;
  /** generic or filler word: matches only an identical taxonomy word */
  weak: boolean;
}

export interface TaxonomyHit {
  kind: 'subtopic' | 'domain';
  slug: string;
  /** domain slug (for a domain hit: its own slug) */
  domain: string;
  label_nl: string;
  label_en: string;
  /** 0..1 confidence */
  score: number;
  /** the taxonomy term that matched, as written in the taxonomy */
  matched: string;
  /** how it matched */
  via:
    'term' | 'typo' | 'compound' | 'abbreviation' | 'partial' | 'subtopic' | 'signal' | 'learned';
  /** the evidence is setting words only ("gym", "thuis"): never a confident topic */
  contextOnly?: boolean;
}

export interface QueryTerm {
  /** normalised word, safe for to_tsquery (letters and digits only) */
  term: string;
  /** match as a prefix (compound heads, short stems) */
  prefix: boolean;
  /** relative importance 0..1 */
  weight: number;
}

export interface QueryAnalysis {
  query: string;
  normalised: string;
  tokens: string[];
  /** tokens without stop and filler words */
  contentTokens: string[];
  corrections: TypoCorrection[];
  abbreviations: { abbreviation: string; expansion: string }[];
  compounds: { token: string; parts: string[] }[];
  subtopics: TaxonomyHit[];
  domains: TaxonomyHit[];
  /** full-text terms from the query itself */
  terms: QueryTerm[];
  /** full-text terms borrowed from the matched subtopics (query expansion) */
  expansionTerms: QueryTerm[];
  /** OR-query over `terms` for to_tsquery('dutch', …); '' when there are none */
  tsquery: string;
  /** OR-query over `expansionTerms` */
  expansionTsquery: string;
  /** the question asks for a specialist or expert */
  wantsSpecialist: boolean;
  /** analysed as a case description (see AnalyseOptions.caseText) */
  caseText: boolean;
}

const FORM_QUALITY: Record<FormKind, number> = {
  exact: 1,
  abbreviation: 1,
  joined: 1,
  typo: 0.85,
  compound: 0.8,
};

function buildForms(
  tokens: string[],
  analysis: Pick<QueryAnalysis, 'corrections' | 'abbreviations' | 'compounds'>,
  long = false,
) {
  const forms: QueryForm[] = [];
  const push = (token: string, kind: FormKind, positions: number[], weak = false) =>
    forms.push({ token, stem: stem(token), kind, positions, quality: FORM_QUALITY[kind], weak });
  tokens.forEach((tok, i) => {
    const weak = isWeak(tok) || (long && isContextWord(tok));
    push(tok, 'exact', [i], weak);
    // "faal angst" -> "faalangst", "onder presteren" -> "onderpresteren"
    if (i + 1 < tokens.length) {
      const joined = tok + tokens[i + 1];
      if (KNOWN_STEMS.has(stem(joined))) push(joined, 'joined', [i, i + 1]);
    }
    if (weak) return;
    const abbr = ABBREVIATIONS[tok];
    if (abbr) {
      analysis.abbreviations.push({ abbreviation: tok, expansion: abbr });
      for (const x of matchTokens(abbr)) push(x, 'abbreviation', [i], isWeak(x));
      return;
    }
    if (isKnownWord(tok)) return;
    const fix = correctTypo(tok);
    if (fix) {
      analysis.corrections.push(fix);
      push(fix.to, 'typo', [i]);
      return;
    }
    const parts = splitCompound(tok);
    if (parts.length) {
      analysis.compounds.push({ token: tok, parts });
      for (const p of parts) push(p, 'compound', [i], isWeak(p));
    }
  });
  return forms;
}

function formMatchesToken(form: QueryForm, termToken: string, termStem: string): boolean {
  if (form.token === termToken) return true;
  // generic and filler words only match themselves ("tafel" is not "tafels")
  if (form.weak || isWeak(termToken)) return false;
  if (form.stem === termStem) return true;
  // prefix tolerance for inflection the light stemmer misses ("dyslectische"/"dyslectisch")
  if (termStem.length >= 6 && form.stem.length >= 6) {
    const [a, b] =
      form.stem.length < termStem.length ? [form.stem, termStem] : [termStem, form.stem];
    if (b.startsWith(a) && b.length - a.length <= 2) return true;
  }
  return false;
}

interface TermMatch {
  term: VocabTerm;
  score: number;
  positions: Set<number>;
  via: TaxonomyHit['via'];
  /** only setting words (and generic words) matched: "gym", "thuis" */
  contextOnly: boolean;
  /** a one-word term matched by a near stem only (inflection the light stemmer misses) */
  loose: boolean;
}

/** Where matchTerms looks terms up: the taxonomy's labels and synonyms, or a signal set. */
interface TermLookup {
  byStem: ReadonlyMap<string, VocabTerm[]>;
  near(stemmed: string): VocabTerm[];
}

/** In a case-like text the words of a phrase must stand close together (positions apart). */
const phraseWindow = (tokens: number) => 2 * tokens + 2;

/** Terms whose stem is a near prefix of this one (inflection the light stemmer misses); cached. */
function nearStemTerms(stemmed: string): VocabTerm[] {
  return memo(nearStemCache, stemmed, () => {
    const found: VocabTerm[] = [];
    for (const [s, list] of TERMS_BY_STEM) {
      if (
        s.length >= 6 &&
        s !== stemmed &&
        (s.startsWith(stemmed) || stemmed.startsWith(s)) &&
        Math.abs(s.length - stemmed.length) <= 2
      )
        found.push(...list);
    }
    return found;
  });
}

/**
 * The forms that can match a taxonomy word, found by lookup instead of a scan over every form
 * (long texts such as bios have hundreds). It returns a superset of the forms for which
 * formMatchesToken holds — same token, same stem, or a stem within the prefix tolerance (which
 * share their first 6 letters) — in the original order, so the choice of the best form is
 * unchanged.
 */
class FormIndex {
  private readonly order = new Map<QueryForm, number>();
  private readonly byToken = new Map<string, QueryForm[]>();
  private readonly byStem = new Map<string, QueryForm[]>();
  private readonly byPrefix = new Map<string, QueryForm[]>();

  constructor(forms: QueryForm[]) {
    forms.forEach((f, i) => {
      this.order.set(f, i);
      push(this.byToken, f.token, f);
      push(this.byStem, f.stem, f);
      if (f.stem.length >= 6) push(this.byPrefix, f.stem.slice(0, 6), f);
    });
  }

  candidates(token: string, termStem: string): QueryForm[] {
    const found = new Set<QueryForm>(this.byToken.get(token) ?? []);
    for (const f of this.byStem.get(termStem) ?? []) found.add(f);
    if (termStem.length >= 6)
      for (const f of this.byPrefix.get(termStem.slice(0, 6)) ?? []) found.add(f);
    return [...found].sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0));
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * "stottert niet", "geen dyslexie", "niet dyslectisch": the match is denied by a negation right
 * before or after it (unless the phrase itself contains one, as in "praat niet").
 */
function negated(forms: QueryForm[], positions: Set<number>, term: VocabTerm): boolean {
  if (term.tokens.some((t) => NEGATIONS.has(t)) || !positions.size) return false;
  const first = Math.min(...positions);
  const last = Math.max(...positions);
  return forms.some(
    (f) =>
      f.kind === 'exact' &&
      NEGATIONS.has(f.token) &&
      (f.positions[0] === first - 1 || f.positions[0] === last + 1),
  );
}

const VOCAB_LOOKUP: TermLookup = { byStem: TERMS_BY_STEM, near: nearStemTerms };

function signalLookup(set: SignalSet): TermLookup {
  return {
    byStem: set.byStem,
    near: (stemmed) =>
      memo(set.near, stemmed, () => {
        const found: VocabTerm[] = [];
        for (const [s, list] of set.byStem) {
          if (
            s.length >= 6 &&
            s !== stemmed &&
            (s.startsWith(stemmed) || stemmed.startsWith(s)) &&
            Math.abs(s.length - stemmed.length) <= 2
          )
            found.push(...list);
        }
        return found;
      }),
  };
}

function matchTerms(forms: QueryForm[], lookup = VOCAB_LOOKUP, long = false): TermMatch[] {
  // candidate terms: those sharing a stem with any form (plus prefix-tolerant scan for long stems)
  const candidates = new Set<VocabTerm>();
  for (const f of forms) {
    for (const t of lookup.byStem.get(f.stem) ?? []) candidates.add(t);
    if (f.stem.length >= 6 && !f.weak) {
      for (const t of lookup.near(f.stem)) candidates.add(t);
    }
  }
  const index = new FormIndex(forms);
  const matches: TermMatch[] = [];
  for (const term of candidates) {
    let got = 0;
    let total = 0;
    let qualitySum = 0;
    let matchedCount = 0;
    let matchedSpecific = 0;
    let matchedTopical = 0;
    let looseOnly = true;
    const positions = new Set<number>();
    let via: TaxonomyHit['via'] = term.source === 'signal' ? 'signal' : 'term';
    term.tokens.forEach((tok, i) => {
      const w = long && isContextWord(tok) ? 0.25 : term.weights[i];
      total += w;
      let best: QueryForm | null = null;
      for (const f of index.candidates(tok, term.stems[i])) {
        if (f.positions.some((p) => positions.has(p))) continue; // each query word is used once per term
        if (formMatchesToken(f, tok, term.stems[i]) && (!best || f.quality > best.quality))
          best = f;
      }
      if (best) {
        got += w * best.quality;
        qualitySum += best.quality;
        matchedCount++;
        if (w === 1) matchedSpecific++;
        if (!isWeak(tok) && !isContextWord(tok)) matchedTopical++;
        if (best.token === tok || best.stem === term.stems[i]) looseOnly = false;
        best.positions.forEach((p) => positions.add(p));
        if (via === 'signal') return;
        if (best.kind === 'typo') via = 'typo';
        else if (best.kind === 'compound' && via === 'term') via = 'compound';
        else if (best.kind === 'abbreviation' && via === 'term') via = 'abbreviation';
      }
    });
    if (matchedCount === 0) continue;
    // in a case, "uit elkaar" is not the word "elkaar"
    if (long && term.reduced) continue;
    // a Dutch case: English terms only as abbreviations ("DLD"), never as everyday words ("loss")
    if (long && ENGLISH_SOURCES.has(term.source) && !/[A-Z]{2}/.test(term.text)) continue;
    if (long && negated(forms, positions, term)) continue;
    const full = matchedCount === term.tokens.length;
    const allWeak = term.tokens.every(
      (tok, i) => (long && isContextWord(tok) ? 0.25 : term.weights[i]) < 1,
    );
    if (
      long &&
      positions.size > 1 &&
      Math.max(...positions) - Math.min(...positions) > phraseWindow(term.tokens.length)
    )
      continue;
    let score: number;
    if (term.source === 'signal') {
      // a signal describes a situation: most of its content words, close together
      const coverage = got / total;
      if (allWeak) continue;
      if (full) score = (qualitySum / matchedCount) * SIGNAL_SCORE.full;
      else if (matchedSpecific >= 2 && coverage >= SIGNAL_SCORE.minCoverage)
        score = SIGNAL_SCORE.partial * coverage;
      else continue;
    } else if (full) {
      score = (qualitySum / matchedCount) * (allWeak ? 0.3 : 1);
      // a longer phrase matched in full is more specific than a single word
      score *= 1 + 0.05 * Math.min(term.tokens.length - 1, 3);
      if (term.broad) score *= 0.6;
      if (term.shared) score *= 0.8;
      if (long && term.tokens.length > 1) {
        // in a case, a phrase counts in full when its words stand together ("zorgen maken"),
        // not when they are spread over a sentence ("zorgen … thuis")
        // (one word between them is Dutch word order: "zit al weken thuis"); spread out, a
        // phrase of one topic word plus setting or generic words is a one-word hint
        if (Math.max(...positions) - Math.min(...positions) > term.tokens.length + 1) {
          score *= 0.75;
          if (matchedTopical <= 1) score = Math.min(score, CASE_LOOSE_WORD_SCORE);
        }
      }
    } else {
      const coverage = got / total;
      if (matchedSpecific === 0 || coverage < 0.5 || ENGLISH_SOURCES.has(term.source)) continue;
      // in a case, a phrase counts in part only when two of its topic words occur together
      if (long && matchedTopical < 2) continue;
      score = 0.5 * coverage;
      via = 'partial';
    }
    matches.push({
      term,
      score,
      positions,
      via,
      contextOnly: matchedTopical === 0,
      loose: term.tokens.length === 1 && looseOnly,
    });
  }
  return matches;
}

function hitFor(
  kind: 'subtopic' | 'domain',
  slug: string,
  score: number,
  matched: string,
  via: TaxonomyHit['via'],
): TaxonomyHit {
  if (kind === 'subtopic') {
    const s = getSubtopic(slug)!;
    return {
      kind,
      slug,
      domain: s.domain,
      label_nl: s.label_nl,
      label_en: s.label_en,
      score,
      matched,
      via,
    };
  }
  const d = getDomain(slug)!;
  return {
    kind,
    slug,
    domain: slug,
    label_nl: d.label_nl,
    label_en: d.label_en,
    score,
    matched,
    via,
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Sanitise a word for to_tsquery: letters and digits only. */
function tsWord(w: string): string {
  return normalise(w).replace(/[^a-z0-9]/g, '');
}

function toTsquery(terms: QueryTerm[]): string {
  return terms
    .map((t) => tsWord(t.term) + (t.prefix ? ':*' : ''))
    .filter((t) => t.replace(':*', '').length > 0)
    .join(' | ');
}

/** Minimum subtopic confidence for borrowing its vocabulary into the text query. */
const EXPANSION_MIN_SCORE = 0.75;

/** Scores of signal matches (a signal is weaker evidence than a label or synonym). */
const SIGNAL_SCORE = { full: 0.7, partial: 0.5, minCoverage: 0.6 };

/**
 * A text with at least this many content words is a case description (several sentences about
 * a child and a class), analysed in case mode.
 */
export const CASE_MIN_CONTENT_WORDS = 15;

/** How evidence for a subtopic is combined in case mode (noisy-or of the sources). */
export const CASE_EVIDENCE = {
  /** weight of the signals' combined score */
  signals: 0.9,
  /** weight of the learned associations' combined score */
  learned: 0.6,
  /** learned evidence e gives 1 - exp(-e / scale) */
  learnedScale: 1.5,
  /** learned-only hits below this are dropped */
  learnedMin: 0.3,
  /** bonus for a label or synonym match that another source of evidence confirms */
  corroboration: 0.1,
  /** weight of the topic words shared with a subtopic's label, synonyms and signals */
  bag: 0.7,
  /** bag evidence e (sum of the shared words' idf over subtopics, 0..1 each) gives 1 - exp(-e / scale) */
  bagScale: 2,
};

export interface AnalyseOptions {
  /**
   * Case mode: setting words (juf, gym, ochtend …) carry no topic on their own, the words of a
   * phrase must stand close together, and signals and learned associations count as evidence.
   * Default: on for texts of at least CASE_MIN_CONTENT_WORDS content words.
   */
  caseText?: boolean;
  /** signal phrases (default: the taxonomy file's) */
  signals?: SignalSet;
  /** word-subtopic associations learned from the installation's own data */
  associations?: TopicAssociations;
}

/** Word stem -> subtopics it is associated with (0..1), learned by {@link learnAssociations}. */
export interface TopicAssociations {
  readonly byStem: ReadonlyMap<string, readonly { slug: string; weight: number }[]>;
}

/** Topic words of a text: content words that are neither generic, setting nor too short. */
export function topicalStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const tok of tokenise(text)) {
    if (
      tok.length < 5 ||
      /\d/.test(tok) ||
      isWeak(tok) ||
      isContextWord(tok) ||
      COMMON_WORDS.has(tok)
    )
      continue;
    out.add(stem(tok));
  }
  return out;
}

/**
 * Analyse a free-text question: what it asks about (subtopics and domains
 * with confidences and the matched term) and which words to search for.
 */
export function analyseQuery(query: string, options: AnalyseOptions = {}): QueryAnalysis {
  const tokens = tokenise(query);
  const content = tokens.filter((t) => !isStopWord(t));
  const caseText = options.caseText ?? content.length >= CASE_MIN_CONTENT_WORDS;
  const analysis: QueryAnalysis = {
    query,
    normalised: normalise(query).replace(/\s+/g, ' ').trim(),
    tokens,
    contentTokens: content,
    corrections: [],
    abbreviations: [],
    compounds: [],
    subtopics: [],
    domains: [],
    terms: [],
    expansionTerms: [],
    tsquery: '',
    expansionTsquery: '',
    wantsSpecialist: tokens.some((t) => SPECIALIST_CUES.includes(t)),
    caseText,
  };
  const forms = buildForms(
    tokens.filter((t) => !isFunctionWord(t)),
    analysis,
    caseText,
  );
  const matches = matchTerms(forms, VOCAB_LOOKUP, caseText);

  // best match per target; subsumed matches (positions strictly inside a stronger
  // match of another target) are damped: "hoogbegaafd en ADHD" beats plain "ADHD".
  const best = new Map<string, TermMatch & { extra: number }>();
  for (const m of matches) {
    const key = `${m.term.kind}:${m.term.slug}`;
    const cur = best.get(key);
    if (!cur) best.set(key, { ...m, extra: 0 });
    else {
      const disjoint = [...m.positions].every((p) => !cur.positions.has(p));
      const contextOnly = cur.contextOnly && m.contextOnly;
      if (m.score > cur.score) {
        best.set(key, {
          ...m,
          contextOnly,
          extra: cur.extra + (disjoint && cur.score >= 0.5 ? 1 : 0),
        });
      } else {
        if (disjoint && m.score >= 0.5) cur.extra += 1;
        cur.contextOnly = contextOnly;
      }
    }
  }
  const all = [...best.values()];
  const scored = all.map((m) => {
    let score = Math.min(1, m.score) + 0.1 * Math.min(m.extra, 2);
    // in a case, one word matched only through its inflection ("verliest" for "verlies") is a
    // hint, not a topic
    if (caseText && m.extra === 0 && m.loose) score = Math.min(score, CASE_LOOSE_WORD_SCORE);
    const subsumed = all.some(
      (o) =>
        o !== m &&
        o.term.kind === 'subtopic' &&
        m.term.kind === 'subtopic' &&
        o.positions.size > m.positions.size &&
        [...m.positions].every((p) => o.positions.has(p)) &&
        o.score >= m.score * 0.9,
    );
    if (subsumed) score *= 0.75;
    return { m, score: Math.min(1.2, score) };
  });

  const subtopicHits = new Map<string, TaxonomyHit>();
  /** ties (scores are capped) go to the more specific match: a label, a longer phrase */
  const specificity = new Map<string, number>();
  for (const { m, score } of scored) {
    if (m.term.kind !== 'subtopic') continue;
    specificity.set(m.term.slug, m.score + (m.term.source === 'label' ? 0.01 : 0));
    const hit = hitFor('subtopic', m.term.slug, round(score), m.term.text, m.via);
    if (m.contextOnly) hit.contextOnly = true;
    subtopicHits.set(hit.slug, hit);
  }
  if (caseText) {
    const signals = options.signals ?? FILE_SIGNALS;
    addCaseEvidence(
      subtopicHits,
      matchTerms(forms, signalLookup(signals), true),
      options.associations ? learnedEvidence(query, options.associations) : new Map(),
      bagEvidence(query, signals),
    );
  }
  analysis.subtopics = [...subtopicHits.values()].sort(
    (a, b) =>
      b.score - a.score ||
      (specificity.get(b.slug) ?? 0) - (specificity.get(a.slug) ?? 0) ||
      a.slug.localeCompare(b.slug),
  );

  const domainScores = new Map<string, TaxonomyHit>();
  for (const { m, score } of scored) {
    if (m.term.kind !== 'domain') continue;
    domainScores.set(m.term.slug, hitFor('domain', m.term.slug, round(score), m.term.text, m.via));
  }
  for (const s of analysis.subtopics) {
    const derived = round(0.6 * s.score);
    const cur = domainScores.get(s.domain);
    if (!cur || cur.score < derived)
      domainScores.set(s.domain, hitFor('domain', s.domain, derived, s.label_nl, 'subtopic'));
  }
  analysis.domains = [...domainScores.values()].sort((a, b) => b.score - a.score);

  // full-text terms: content words (corrected), abbreviation expansions, compound parts
  const termMap = new Map<string, QueryTerm>();
  const addTerm = (term: string, prefix: boolean, weight: number, map = termMap) => {
    const w = tsWord(term);
    if (w.length < 2 || isStopWord(w)) return;
    const cur = map.get(w);
    if (!cur || cur.weight < weight)
      map.set(w, { term: w, prefix: cur ? cur.prefix || prefix : prefix, weight });
  };
  for (const f of forms) {
    if (isWeak(f.token)) continue;
    if (f.weak) {
      // a setting word of a case: searched, but it weighs little
      if (caseText && f.kind === 'exact') addTerm(f.token, false, CASE_CONTEXT_TERM_WEIGHT);
      continue;
    }
    if (f.kind === 'exact') {
      const fixed = analysis.corrections.some((c) => c.from === f.token);
      if (!fixed) {
        addTerm(f.token, false, 1);
        // verb forms the Snowball stemmer keeps apart ("piekert" / "piekeren"): add the form without -t
        if (f.token.length >= 6 && /[rlnk]t$/.test(f.token))
          addTerm(f.token.slice(0, -1), false, 0.8);
      }
    } else if (f.kind === 'typo') addTerm(f.token, false, 0.9);
    else if (f.kind === 'abbreviation') addTerm(f.token, false, 0.8);
    else if (f.kind === 'compound') addTerm(f.token, f.token.length >= 4, 0.6);
    else if (f.kind === 'joined') addTerm(f.token, false, 1);
  }
  analysis.terms = [...termMap.values()];

  const expMap = new Map<string, QueryTerm>();
  for (const s of analysis.subtopics) {
    if (s.score < EXPANSION_MIN_SCORE) continue;
    const st = getSubtopic(s.slug)!;
    for (const phrase of [st.label_nl, ...st.synonyms_nl]) {
      for (const tok of memo(phraseTokenCache, phrase, () => contentTokens(phrase))) {
        if (isGeneric(tok) || tok.length < 3 || termMap.has(tsWord(tok))) continue;
        addTerm(tok, false, round(0.5 * Math.min(1, s.score)), expMap);
      }
    }
  }
  analysis.expansionTerms = [...expMap.values()];
  analysis.tsquery = toTsquery(analysis.terms);
  analysis.expansionTsquery = toTsquery(analysis.expansionTerms);
  return analysis;
}

/** The most a single word matched only by its inflection scores for a subtopic in a case. */
const CASE_LOOSE_WORD_SCORE = 0.6;

/** Full-text weight of a setting word in a case ("gym", "ochtend"). */
const CASE_CONTEXT_TERM_WEIGHT = 0.15;

/**
 * Case mode: adds the evidence of signals (noisy-or over disjoint signal matches) and of
 * learned associations to the label and synonym hits.
 */
function addCaseEvidence(
  hits: Map<string, TaxonomyHit>,
  signalMatches: TermMatch[],
  learned: Map<string, { evidence: number; words: string[] }>,
  bag: Map<string, { evidence: number; words: string[] }>,
) {
  const bySlug = new Map<string, TermMatch[]>();
  for (const m of signalMatches) push(bySlug, m.term.slug, m);
  const slugs = new Set([...bySlug.keys(), ...learned.keys(), ...bag.keys()]);
  for (const slug of slugs) {
    const used = new Set<number>();
    let miss = 1;
    let first: TermMatch | null = null;
    let topical = false;
    for (const m of (bySlug.get(slug) ?? []).sort((a, b) => b.score - a.score)) {
      if ([...m.positions].some((p) => used.has(p))) continue;
      m.positions.forEach((p) => used.add(p));
      miss *= 1 - Math.min(1, m.score);
      first ??= m;
      topical ||= !m.contextOnly;
    }
    const signal = 1 - miss;
    const l = learned.get(slug);
    const learnedScore = l ? 1 - Math.exp(-l.evidence / CASE_EVIDENCE.learnedScale) : 0;
    const b = bag.get(slug);
    const bagScore =
      b && b.words.length >= 2 ? 1 - Math.exp(-b.evidence / CASE_EVIDENCE.bagScale) : 0;
    const cur = hits.get(slug);
    const base = cur ? Math.min(1, cur.score) : 0;
    const combined =
      1 -
      (1 - base) *
        (1 - CASE_EVIDENCE.signals * signal) *
        (1 - CASE_EVIDENCE.learned * learnedScore) *
        (1 - CASE_EVIDENCE.bag * bagScore);
    if (!cur && !first && combined < CASE_EVIDENCE.learnedMin) continue;
    // a label or synonym match that a signal or learned words confirm is corroborated
    const corroborated = cur && base >= 0.75 && Math.max(signal, learnedScore) >= 0.5;
    const score = round(
      combined +
        (cur ? Math.max(0, cur.score - 1) : 0) +
        (corroborated ? CASE_EVIDENCE.corroboration : 0),
    );
    if (cur) {
      cur.score = Math.max(cur.score, score);
      if (topical || learnedScore > 0 || bagScore > 0) delete cur.contextOnly;
    } else {
      const hit = first
        ? hitFor('subtopic', slug, score, first.term.text, 'signal')
        : hitFor('subtopic', slug, score, (l ?? b)!.words.slice(0, 3).join(', '), 'learned');
      if (first && !topical && !learnedScore && !bagScore) hit.contextOnly = true;
      hits.set(slug, hit);
    }
  }
}

/**
 * Bag-of-words evidence per subtopic: the topic words of the text that the subtopic's label,
 * synonyms and signals use, each weighted by how few subtopics use it (idf over subtopics,
 * scaled to 0..1).
 */
function bagEvidence(
  text: string,
  signals: SignalSet,
): Map<string, { evidence: number; words: string[] }> {
  const out = new Map<string, { evidence: number; words: string[] }>();
  const total = Math.max(2, new Set(signals.terms.map((t) => t.slug)).size);
  for (const st of topicalStems(text)) {
    const owners = signals.bag.get(st);
    if (!owners) continue;
    const idf = Math.log(total / owners.size) / Math.log(total);
    for (const slug of owners) {
      const cur = out.get(slug) ?? { evidence: 0, words: [] };
      cur.evidence += idf;
      cur.words.push(st);
      out.set(slug, cur);
    }
  }
  return out;
}

/** Learned evidence per subtopic: the sum of the association weights of the text's topic words. */
function learnedEvidence(
  text: string,
  associations: TopicAssociations,
): Map<string, { evidence: number; words: string[] }> {
  const out = new Map<string, { evidence: number; words: string[] }>();
  for (const st of topicalStems(text)) {
    for (const { slug, weight } of associations.byStem.get(st) ?? []) {
      const cur = out.get(slug) ?? { evidence: 0, words: [] };
      cur.evidence += weight;
      cur.words.push(st);
      out.set(slug, cur);
    }
  }
  return out;
}

/** Scored subtopic and domain hits for a text (question, thread, profile text). */
export function matchTaxonomy(
  text: string,
  options: AnalyseOptions = {},
): { subtopics: TaxonomyHit[]; domains: TaxonomyHit[] } {
  const a = analyseQuery(text, options);
  return { subtopics: a.subtopics, domains: a.domains };
}

// ---------------------------------------------------------------------------
// Picker search
// ---------------------------------------------------------------------------

export interface SubtopicSuggestion {
  slug: string;
  domain: string;
  label: string;
  domainLabel: string;
  /** the label or synonym that matched */
  matched: string;
  score: number;
}

/**
 * Find subtopics for a picker by (a prefix of) their label or any synonym:
 * "dysl" and "dyslectie" both offer Dyslexie; "TOS" offers
 * Taalontwikkelingsstoornis. Typo tolerant for longer words.
 */
export function searchTaxonomy(
  prefix: string,
  options: { locale?: Locale; limit?: number } = {},
): SubtopicSuggestion[] {
  const locale = options.locale ?? 'nl';
  const limit = options.limit ?? 10;
  const q = tokenise(prefix);
  if (q.length === 0) return [];
  const out = new Map<string, SubtopicSuggestion>();
  for (const s of SUBTOPICS) {
    const phrases: [string, number][] = [
      [s.label_nl, 1],
      [s.label_en, 0.9],
      ...s.synonyms_nl.map((x): [string, number] => [x, 0.95]),
      ...s.synonyms_en.map((x): [string, number] => [x, 0.85]),
    ];
    for (const [phrase, base] of phrases) {
      const toks = tokenise(phrase);
      const joined = toks.join('');
      let ok = true;
      let quality = 1;
      q.forEach((qt, i) => {
        if (!ok) return;
        const last = i === q.length - 1;
        const hit =
          toks.some((t) => (last ? t.startsWith(qt) : t === qt || stem(t) === stem(qt))) ||
          joined.startsWith(q.join(''));
        if (hit) return;
        const fuzzy =
          qt.length >= 5 &&
          toks.some(
            (t) =>
              damerauLevenshtein(
                qt,
                t.slice(0, Math.max(qt.length, t.length)),
                typoBudget(qt.length),
              ) <= typoBudget(qt.length),
          );
        if (fuzzy) quality = 0.8;
        else ok = false;
      });
      if (!ok) continue;
      const starts = toks[0]?.startsWith(q[0]) ? 1 : 0.9;
      const score = round(base * quality * starts);
      const cur = out.get(s.slug);
      if (!cur || cur.score < score) {
        const d = getDomain(s.domain)!;
        out.set(s.slug, {
          slug: s.slug,
          domain: s.domain,
          label: locale === 'en' ? s.label_en : s.label_nl,
          domainLabel: locale === 'en' ? d.label_en : d.label_nl,
          matched: phrase,
          score,
        });
      }
    }
  }
  return [...out.values()]
    .sort((a, b) => b.score - a.score || a.label.localeCompare(b.label))
    .slice(0, limit);
}
