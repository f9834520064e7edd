/**
 * Language-level text utilities for Dutch search text: normalisation,
 * tokenisation, stop/filler words, a light stemmer for term comparison and
 * Damerau-Levenshtein distance. Pure TypeScript, no Node or DOM APIs.
 */

/** Lowercase, strip accents (é -> e, ï -> i), unify quotes and dashes. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u2032`]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-');
}

/**
 * Split normalised text into word tokens. Hyphenated words are kept as one
 * token with the hyphen removed *and* are additionally returned as parts by
 * {@link tokeniseWithParts}; slashes and other punctuation separate tokens.
 * Hashtags lose their '#'. Tokens such as "1f", "nt2", "2e" are kept.
 */
export function tokenise(text: string): string[] {
  const norm = normalise(text)
    .replace(/'s\b/g, 's') // picto's -> pictos
    .replace(/[#@]/g, ' ')
    .replace(/(\w)\.(?=\w\.)/g, '$1') // t.o.s. -> tos.
    .replace(/(\w)\.(\w)\b\.?/g, '$1$2');
  const out: string[] = [];
  for (const raw of norm.split(/[^a-z0-9-]+/)) {
    const tok = raw.replace(/^-+|-+$/g, '');
    if (!tok) continue;
    if (tok.includes('-')) {
      // "de-escaleren" -> "deescaleren"; "spraak-taalproblemen" -> "spraak", "taalproblemen"
      const parts = tok.split('-').filter(Boolean);
      if (parts.every((p) => p.length <= 2) || parts[0].length <= 2) out.push(parts.join(''));
      else out.push(...parts);
    } else {
      out.push(tok);
    }
  }
  return out;
}

/**
 * Dutch function words plus the question and filler words teachers put around
 * a request ("wie heeft ervaring met", "kan iemand meekijken bij", "tips").
 * They are removed before matching so that they cannot drown content words.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'aan al als bij dan dat de deze die dit door en een er haar hem het hij hun ik in je jij jou jouw jullie maar me mij mijn na naar of om ons onze op over te tegen tot u uit uw van voor we wij ze zich zij zijn zo mee '
    .split(/\s+/)
    .filter(Boolean),
);

export const STOP_WORDS: ReadonlySet<string> = new Set(
  // function words
  (
    'volgens vermoeden vermoedelijk opstellen opzetten inrichten implementeren geven bereid voorbereiden misschien denk denken vind vinden ' +
    'aan al alle alles als altijd ander andere anders ben bij binnen daar daarna daarom dan dat de deze die dit doch doen door dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun ik in is ja je jij jou jouw jullie kan kon kunnen maar me meer men met mij mijn moet na naar niets nog nu of om omdat ons onze ook op over reeds te tegen toch toen tot u uit uw van veel voor waren was wat we wel werd wezen wie wij wil worden wordt zal ze zelf zich zij zijn zo zonder zou ' +
    'hoe hoeveel waar waarom wanneer welke welk wat wie iets iemand niemand ieder iedereen elk elke er erg zeer heel echt eigenlijk gewoon even vaak soms nou toch nog al weer steeds ' +
    // filler and request words
    'ervaring ervaringen ervaren kennis weet weten kent kennen heeft hebben heb zoek zoeken gezocht zoekt iemand collega collegas expert experts deskundige deskundigen ' +
    'tips tip advies adviezen raad hulp help helpen hulpvraag vraag vragen vraagje meedenken meekijken meekijkt meedenkt kijken sparren ideeen idee suggesties ' +
    'kan kun kunt kunnen mag mogen moet moeten willen wil wilt graag zou zouden lukt doe doen aanpak aanpakken aan pak pakken omgaan gaat gaan ' +
    'beste hallo hoi hey groetjes bedankt dank alvast svp aub please ' +
    'specialist specialisten gespecialiseerd expertise ' +
    'iemand die mij ons verder dingen ding manier manieren'
  )
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Generic school words. They are content words, but they occur in almost every
 * profile, so they must never carry a match on their own.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  (
    'kind kinderen kindje leerling leerlingen ll lln jongen jongens meisje meisjes groep groepen gr klas klassen klasgenoten school scholen schooljaar ' +
    'leerkracht leerkrachten juf meester team collega ouder ouders moeder vader thuis dag week weken maand maanden jaar jaren ' +
    'probleem problemen moeilijk moeite lastig goed goede slecht beter nieuw nieuwe eerste twee drie vier vijf zes zeven acht ' +
    'maken doen werken werk krijgt krijgen zien ziet komt komen gebruik gebruiken inzetten onderwijs les lessen basisschool ' +
    'bijvoorbeeld situatie situaties praktijk tafel stoel stoelen'
  )
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Setting words of a case description: who, when, where and during which routine something
 * happens (the class, the day, the teacher, the school routine, the family). They tell where a
 * problem shows, not what it is, so in a case-like question they never carry a topic on their
 * own ("bij gym", "na de kerstvakantie", "in de kring", "thuis gaat het goed"). General domain
 * knowledge of Dutch primary schools, not tied to any question set.
 */
export const CONTEXT_WORDS: ReadonlySet<string> = new Set(
  // people around the child
  (
    'juf juffen meester meesters invaller invallers invaljuf invalmeester stagiair stagiaire duopartner duo collega collegas ' +
    'directeur directie ib ibr iber intern begeleider rt rter mama papa broer broertje zus zusje opa oma gezin ' +
    'klasgenoot klasgenootjes vriendje vriendjes vriendinnetje ' +
    // time and calendar
    'ochtend ochtenden middag middagen avond avonden morgen vandaag gisteren maandag dinsdag woensdag donderdag vrijdag ' +
    'maandagochtend vrijdagmiddag weekend weekenden vakantie vakanties kerstvakantie zomervakantie herfstvakantie ' +
    'meivakantie voorjaarsvakantie zomer winter najaar voorjaar begin eind sinds vorige volgende laatst laatste ' +
    'periode keer keren uur minuten moment momenten ' +
    // places and routine activities
    'gym gymles gymlessen gymzaal pauze pauzes speelkwartier buitenspelen plein schoolplein kring kringgesprek ' +
    'lokaal klaslokaal gang hal bank bankje tafeltje sportdag schoolreis schoolreisje kamp excursie uitje musical ' +
    'spreekbeurt boekbespreking presentatie verjaardag traktatie viering sinterklaas kerst kerstviering ' +
    'lunch lunchpauze eten fruit overblijven tso bso ophalen brengen ' +
    // school organisation
    'combi methode werkboek werkblad schrift boek boekje rooster weekplanning jaargroep bouw onderbouw middenbouw bovenbouw ' +
    'leerjaar rapport rapporten cito'
  )
    .split(/\s+/)
    .filter(Boolean),
);

export function isContextWord(token: string): boolean {
  return CONTEXT_WORDS.has(token);
}

/**
 * Frequent Dutch verbs, adverbs and quantifiers that are no stop words but say nothing about a
 * topic ("doet", "laat", "steeds", "extra"). Left out of the bag-of-words topic evidence.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    'doet doen deed laat laten liet zegt zeggen zei vindt vinden vond wordt worden werd gaat ging krijgt kreeg ' +
    'lukt lukken weet staat staan stond zit zitten zat loopt lopen liep komt kwam kijkt keek houdt houden neemt nemen ' +
    'maakt maken geeft geven gaf blijft blijven bleef begint beginnen begon ziet zien zag hoort horen wil wilde ' +
    'kunnen kon moet moest mag mocht zou zouden heeft hebben had hadden vraagt vragen vroeg denkt dacht weten wist ' +
    'probeert proberen probeer geprobeerd gebeurt gebeuren gebeurd zet zetten legt leggen brengt brengen ' +
    'steeds altijd nooit vaak soms weer elke elk iedere alle allemaal veel weinig meer minder meest beetje ' +
    'extra hele heel erg echt gewoon eigenlijk best zelfs alleen ook pas net nog wel toch even meteen direct ' +
    'keer tijd tijden stap stappen terug verder samen goed beter slecht snel langzaam groot klein lang kort ' +
    'ander andere anders eigen zelf iets niks niets alles iemand niemand mensen manier dingen ding stuk deel ' +
    'eerst daarna dan nu straks later binnen buiten boven onder tussen naast achter voor door'
  )
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that ask for depth of expertise: they raise the weight of the level. */
export const SPECIALIST_CUES: readonly string[] = [
  'specialist',
  'specialisten',
  'gespecialiseerd',
  'expert',
  'experts',
  'deskundige',
  'deskundig',
  'ervaringsdeskundige',
];

export function isFunctionWord(token: string): boolean {
  return FUNCTION_WORDS.has(token);
}

export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token);
}

export function isGeneric(token: string): boolean {
  return GENERIC_WORDS.has(token) || /^\d+$/.test(token);
}

/**
 * A light, symmetric Dutch stemmer used only to compare words with each other
 * (never shown). It removes common inflection and evens out spelling
 * alternations, so that "praat"/"praten", "kleuters"/"kleuter",
 * "lees"/"lezen", "dyslectische"/"dyslectisch" compare equal.
 */
const stemCache = new Map<string, string>();

export function stem(token: string): string {
  const cached = stemCache.get(token);
  if (cached !== undefined) return cached;
  const result = computeStem(token);
  if (stemCache.size >= 100_000) stemCache.clear();
  stemCache.set(token, result);
  return result;
}

function computeStem(token: string): string {
  let t = token;
  if (t.length <= 3) return t;
  if (t.endsWith('heden')) t = t.slice(0, -5) + 'heid';
  else if (t.endsWith('ingen') && t.length > 7) t = t.slice(0, -2);
  else if (t.endsWith('ene') && t.length > 6) t = t.slice(0, -3);
  else if (t.endsWith('en') && t.length > 4) t = t.slice(0, -2);
  else if (t.endsWith('ische')) t = t.slice(0, -1);
  else if (t.endsWith('se') && t.length > 5) t = t.slice(0, -2);
  else if (t.endsWith('e') && t.length > 4 && !t.endsWith('ie') && !t.endsWith('ee'))
    t = t.slice(0, -1);
  else if (t.endsWith('s') && t.length > 4 && !/(ss|is|us|os)$/.test(t)) t = t.slice(0, -1);
  else if (/(er|el)t$/.test(t) && t.length > 6) t = t.slice(0, -1);
  // undouble final consonant (stotter-en ~ stottert), collapse long vowels, f/v and s/z
  t = t.replace(/([bdfgklmnprst])\1$/, '$1');
  t = t.replace(/(aa|ee|oo|uu)/g, (m) => m[0]);
  t = t.replace(/z$/, 's').replace(/v$/, 'f');
  return t;
}

/** Optimal-string-alignment Damerau-Levenshtein distance, with an early cut-off. */
export function damerauLevenshtein(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  let prev2: number[] = new Array(lb + 1).fill(0);
  let prev: number[] = Array.from({ length: lb + 1 }, (_, j) => j);
  for (let i = 1; i <= la; i++) {
    const cur: number[] = new Array(lb + 1);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= lb; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[lb];
}

/** How many edits a word of this length may contain and still count as a typo. */
export function typoBudget(length: number): number {
  if (length >= 11) return 2;
  if (length >= 5) return 1;
  return 0;
}
