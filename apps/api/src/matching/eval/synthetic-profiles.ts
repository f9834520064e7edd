/** Synthetic profiles and questions for `npm run bench:matching`. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { ProfileRecord } from '../../profiles/profile-import.service';

const REPO_ROOT = resolve(__dirname, '../../../../..');

export const BENCH_QUERIES = [
  'Wie kan meekijken bij een kleuter die niet praat in de klas?',
  'leerling met dyslexie in groep 5, tips voor spelling',
  'dyslectie',
  'rekenproblemen groep 6',
  'ervaring met TOS in de onderbouw',
  'hoogbegaafde leerling die onderpresteert',
  'HB kind verveelt zich, plusklas opzetten',
  'leerling met ADHD die niet stil kan zitten',
  'autisme en overprikkeling in de klas',
  'ASS leerling, voorspelbaarheid en dagritme',
  'faalangst bij toetsen',
  'pesten in groep 7 aanpakken',
  'nieuwkomer zonder Nederlands, NT2 materiaal',
  'moeilijk oudergesprek voorbereiden',
  'TLV aanvragen voor het SBO',
  'ontwikkelingsperspectief opstellen',
  'kind dat stottert',
  'begrijpend lezen in de bovenbouw',
  'woordenschat uitbreiden bij taalzwakke kleuters',
  'executieve functies plannen en organiseren',
  'leerling met diabetes type 1',
  'rouw en verlies in de klas',
  'boos gedrag en agressie, de-escaleren',
  'motorisch onhandig, schrijven lukt niet',
  'thuiszitter weer naar school begeleiden',
  'digitale geletterdheid en programmeren',
  'groepsvorming aan het begin van het schooljaar',
  'zorgen over de thuissituatie, meldcode',
  'selectief mutisme',
  'specialist in gedragsproblemen gezocht',
];

/** Small deterministic PRNG (mulberry32). */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedProfiles(collectionDir: string): ProfileRecord[] {
  const dir = resolve(REPO_ROOT, collectionDir);
  const files = [join(dir, 'profiles.jsonl'), join(dir, 'hard', 'profiles.jsonl')].filter(
    existsSync,
  );
  if (!files.length) {
    const demo = join(REPO_ROOT, 'apps/api/src/demo/data/profiles.json');
    return JSON.parse(readFileSync(demo, 'utf8')) as ProfileRecord[];
  }
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as ProfileRecord),
  );
}

const FIRST =
  'Anna Bram Carla Daan Eva Fleur Gijs Hanna Ilse Jan Kim Lars Mila Noor Otto Pien Quinten Roos Sven Tess Umut Vera Wout Yara Zoë Fatima Mohammed Sanne Thijs Lotte'.split(
    ' ',
  );
const LAST =
  'de Vries,Jansen,Bakker,Visser,Smit,Meijer,de Boer,Mulder,de Groot,Bos,Vos,Peters,Hendriks,van Leeuwen,Dekker,Brouwer,de Wit,Dijkstra,Smits,de Graaf,van der Meer,Kaya,El Amrani,Yilmaz'.split(
    ',',
  );
const TOWNS =
  'Ede,Wageningen,Veenendaal,Barneveld,Bennekom,Lunteren,Renkum,Scherpenzeel,Rhenen,Amersfoort'.split(
    ',',
  );
const SCHOOL_WORDS =
  'De Regenboog,De Wegwijzer,Het Kompas,De Fontein,De Zonnewijzer,Het Palet,De Boomgaard,De Vlinder,Het Mozaïek,De Horizon,De Sterrenwacht,De Bron,Het Anker,De Kleine Prins,De Linde,De Wilgen,Het Baken,De Ark,De Triangel,De Eik'.split(
    ',',
  );

/** N profiles: expertise of one seed profile, tags of another, bio sentences of two more. */
export function syntheticProfiles(n: number, collectionDir = '../shared/eval'): ProfileRecord[] {
  const seeds = seedProfiles(collectionDir);
  const random = rng(20_260_101);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const sentences = seeds.map((s) => (s.bio ?? '').split(/(?<=[.!?])\s+/).filter(Boolean));
  const out: ProfileRecord[] = [];
  for (let i = 0; i < n; i++) {
    const tax = pick(seeds);
    const a = Math.floor(random() * seeds.length);
    const b = Math.floor(random() * seeds.length);
    const half = (xs: string[], first: boolean) =>
      first ? xs.slice(0, Math.ceil(xs.length / 2)) : xs.slice(Math.ceil(xs.length / 2));
    const schoolNo = Math.floor(random() * 600);
    out.push({
      name: `${pick(FIRST)} ${pick(LAST)}`,
      email: `bench${i}@example.org`,
      role: tax.role,
      school: `${pick(['OBS', 'CBS', 'PCBS', 'RKBS', 'IKC'])} ${SCHOOL_WORDS[schoolNo % SCHOOL_WORDS.length]} ${Math.floor(schoolNo / SCHOOL_WORDS.length) + 1}, ${TOWNS[schoolNo % TOWNS.length]}`,
      expertise: tax.expertise,
      tags: seeds[b].tags ?? [],
      bio: [...half(sentences[a], true), ...half(sentences[b], false)].join(' '),
      open_for_questions: random() > 0.2,
    });
  }
  return out;
}
