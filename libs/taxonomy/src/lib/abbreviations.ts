/**
 * Abbreviations Dutch primary-school staff type, with their expansion.
 * Keys are normalised (lowercase, no dots). Expansions are plain Dutch text;
 * they feed both the taxonomy matcher and the full-text query.
 */
const TABLE: Record<string, string> = {
  // diagnoses and needs
  tos: 'taalontwikkelingsstoornis',
  dld: 'taalontwikkelingsstoornis',
  ass: 'autisme autismespectrumstoornis',
  asd: 'autisme',
  adhd: 'adhd aandachtstekort hyperactiviteit',
  add: 'adhd aandachtstekort',
  dcd: 'dcd motorisch onhandig coordinatie',
  hb: 'hoogbegaafd hoogbegaafdheid',
  mhb: 'meerbegaafd hoogbegaafd',
  '2e': 'dubbel bijzonder twice exceptional',
  eed: 'ernstige enkelvoudige dyslexie',
  erwd: 'ernstige rekenproblemen dyscalculie',
  lvb: 'licht verstandelijke beperking zwakbegaafd',
  nt2: 'nederlands als tweede taal',
  daz: 'nederlands als tweede taal',
  hsp: 'hoogsensitief',
  si: 'sensorische informatieverwerking',
  avp: 'auditieve verwerking',
  ci: 'cochleair implantaat slechthorend',
  esm: 'taalontwikkelingsstoornis',
  ef: 'executieve functies',
  sova: 'sociale vaardigheden',
  sel: 'sociaal-emotioneel leren',
  // support structure
  tlv: 'toelaatbaarheidsverklaring',
  opp: 'ontwikkelingsperspectief',
  mdo: 'multidisciplinair overleg',
  hgw: 'handelingsgericht werken',
  hgd: 'handelingsgerichte diagnostiek',
  oza: 'onderwijs-zorgarrangement',
  smw: 'schoolmaatschappelijk werk',
  cjg: 'centrum jeugd gezin',
  zat: 'zorgadviesteam',
  sbo: 'speciaal basisonderwijs',
  so: 'speciaal onderwijs',
  vso: 'voortgezet speciaal onderwijs',
  swv: 'samenwerkingsverband',
  lvs: 'leerlingvolgsysteem',
  ib: 'intern begeleider',
  ibr: 'intern begeleider',
  iber: 'intern begeleider',
  rt: 'remedial teaching',
  rter: 'remedial teacher',
  ab: 'ambulant begeleider',
  vve: 'voor- en vroegschoolse educatie',
  ikc: 'integraal kindcentrum',
  ogo: 'ontwikkelingsgericht onderwijs',
  // didactics
  edi: 'expliciete directe instructie',
  igdi: 'directe instructie',
  ict: 'digitale middelen',
  swpbs: 'schoolbrede positive behavior support',
  pbs: 'positive behavior support',
  // school jargon
  ll: 'leerling',
  lln: 'leerlingen',
  lk: 'leerkracht',
  lkr: 'leerkracht',
  gr: 'groep',
  mnd: 'maanden',
  wk: 'weken',
  ob: 'onderbouw',
  mb: 'middenbouw',
  bb: 'bovenbouw',
};

/**
 * Looked up with the words members type: without a prototype, "constructor" or "__proto__" is
 * no abbreviation (on a plain object they would find Object.prototype's members).
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, string>, TABLE),
);
