import { TAXONOMY } from '@deelwijs/taxonomy';

import { MemberEntity, PlatformRole } from '../src/members/member.entity';
import { SchoolEntity } from '../src/organisation/school.entity';
import { ProfileImportService } from '../src/profiles/profile-import.service';
import { TaxonomySubtopicEntity } from '../src/taxonomy/taxonomy.entities';
import { aMember, aSchool, TEST_PASSWORD } from './factories';
import { createTestApp, errorCode, gql, TestApp } from './test-app';

const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { id } }`;
const ASK = `mutation($input: AskQuestionInput!) {
  askQuestion(input: $input) { id subtopics { slug } topicsConfident topicSuggestions { slug label } }
}`;
const THREAD = `query($id: ID!) {
  thread(id: $id) {
    subtopics { slug } topicsConfident topicSuggestions { slug }
    suggestedExperts { member { id name } reasons }
  }
}`;
const SET_TOPICS = `mutation($input: ThreadTopicsInput!) {
  setQuestionTopics(input: $input) { subtopics { slug } topicsConfident topicSuggestions { slug } }
}`;
const SEARCH = `query($query: String!) { searchExperts(query: $query, first: 10) { nodes { member { id name } } } }`;
const UPDATE_SUBTOPIC = `mutation($input: UpdateSubtopicInput!) { updateSubtopic(input: $input) { slug signals } }`;

interface AskData {
  askQuestion: {
    id: string;
    subtopics: { slug: string }[];
    topicsConfident: boolean;
    topicSuggestions: { slug: string; label: string }[];
  };
}

/** Case-like questions: several sentences about one child, in a teacher's words. */
const CASES = {
  // selectief mutisme by its signals only: no label or synonym of the subtopic
  whispers:
    'Een meisje uit mijn groep 3 fluistert alleen tegen haar vriendinnetje en geeft nooit antwoord in de klas, ' +
    'ook niet na maanden. Volgens de ouders is ze thuis vrolijk en spraakzaam. Hoe kan ik haar helpen zonder ' +
    'druk te zetten?',
  // setting words only: the class, the days, the routine, the people around
  settingOnly:
    'Na de kerstvakantie op maandagochtend bij gym in de gymzaal en in de pauze op het plein: de juf en de ' +
    'meester van groep 4 zien het in de kring en bij het buitenspelen, ook tijdens de lunch en het overblijven.',
  // vague: nothing points clearly to one subtopic
  vague:
    'Een jongen in groep 5 is de laatste weken anders dan anders. Hij zit vaak voor zich uit te kijken en ' +
    'reageert traag. Ik weet niet goed wat er speelt en wat ik kan doen. Wie herkent dit?',
  // names its subtopic, with incidental words of other subtopics (leerplicht, zorgen, thuis)
  namedMutism:
    'Selectief mutisme bij een meisje in groep 3: ze zegt op school niets. Ouders maken zich zorgen en de ' +
    'leerplichtambtenaar belde omdat ze vaak thuis blijft. Wie heeft ervaring met zo’n kind in de klas?',
  // prikkelverwerking in words that are in no signal of the taxonomy file
  brightLight:
    'Een meisje in groep 6 knijpt haar ogen dicht bij het felle tl-licht in het lokaal en wil dan niet verder ' +
    'werken. Na de pauze is het vaak erger. Wat kan ik in de klas aanpassen?',
};

describe('routing and topics for long, case-like questions', () => {
  let t: TestApp;
  let asker: MemberEntity;
  let admin: MemberEntity;
  let askerAgent: ReturnType<TestApp['agent']>;
  let adminAgent: ReturnType<TestApp['agent']>;
  let home: SchoolEntity;
  const ids: Record<string, string> = {};

  const login = async (member: MemberEntity) => {
    const agent = t.agent();
    const res = await gql(agent, LOGIN, { email: member.email, password: TEST_PASSWORD });
    expect(res.errors).toBeUndefined();
    return agent;
  };

  const ask = async (title: string, body: string) => {
    const res = await gql<AskData>(askerAgent, ASK, { input: { title, body: `<p>${body}</p>` } });
    expect(res.errors).toBeUndefined();
    return res.data!.askQuestion;
  };

  const suggested = async (threadId: string) => {
    const res = await gql(askerAgent, THREAD, { id: threadId });
    expect(res.errors).toBeUndefined();
    return res.data?.thread.suggestedExperts.map(
      (s: { member: { name: string } }) => s.member.name,
    );
  };

  const topicsAndSuggestions = (q: AskData['askQuestion']) => [
    ...q.subtopics.map((s) => s.slug),
    ...q.topicSuggestions.map((s) => s.slug),
  ];

  beforeAll(async () => {
    t = await createTestApp();
    home = await aSchool(t.dataSource, { name: 'CBS De Wegwijzer', town: 'Wageningen' });
    const profile = (
      email: string,
      name: string,
      domain: string,
      subtopics: string[],
      bio: string,
      options: { open?: boolean; level?: string } = {},
    ) => ({
      email,
      name,
      role: 'leerkracht',
      bio,
      tags: [],
      open_for_questions: options.open ?? true,
      expertise: [
        {
          domain,
          subtopics,
          level: options.level ?? 'specialist',
          source: 'werkervaring',
          offers: ['sparren'],
        },
      ],
    });
    const report = await t.app.get(ProfileImportService).importRecords(
      [
        profile(
          'mila@school.example',
          'Mila Mutisme',
          'spraak-taal',
          ['selectief-mutisme'],
          'Ik begeleid kinderen die op school zwijgen en thuis gewoon praten, met kleine stapjes.',
        ),
        profile(
          'wendy@school.example',
          'Wendy Dichtbij',
          'spraak-taal',
          ['selectief-mutisme'],
          'Ik begeleid kinderen die op school zwijgen en thuis gewoon praten, met kleine stapjes.',
          { open: false },
        ),
        profile(
          'gerrit@school.example',
          'Gerrit Gym',
          'motoriek',
          ['grove-motoriek'],
          'Als vakleerkracht gym help ik kinderen die motorisch onhandig zijn en vaak vallen.',
        ),
        profile(
          'pien@school.example',
          'Pien Prikkel',
          'motoriek',
          ['prikkelverwerking'],
          'Ik help kinderen die snel overprikkeld raken door geluid, licht en drukte in de klas.',
        ),
        profile(
          'kees@school.example',
          'Kees Kort',
          'didactiek',
          ['differentiatie'],
          'Ik houd van korte lijnen en een lage drempel; ik denk graag mee over instructie op niveau.',
          { level: 'basis' },
        ),
      ].map((record, i) => ({ line: i + 1, record })),
      { passwordHash: 'x' },
    );
    expect(report.rejected).toEqual([]);
    for (const m of (await t.dataSource.query(`SELECT id, name FROM member`)) as {
      id: string;
      name: string;
    }[])
      ids[m.name] = m.id;
    asker = await aMember(t.dataSource, { name: 'Anna Vraagt', school: home });
    // the colleague who switched off "open voor vragen" works at the asker's school
    await t.dataSource.query(`UPDATE member SET school_id = $1 WHERE id = $2`, [
      home.id,
      ids['Wendy Dichtbij'],
    ]);
    admin = await aMember(t.dataSource, { name: 'Ad Min', platformRole: PlatformRole.ADMIN });
    askerAgent = await login(asker);
    adminAgent = await login(admin);
  }, 60_000);

  afterAll(async () => {
    // signals are reference data that survive between test files: back to the file's
    const file = TAXONOMY.domains
      .flatMap((d) => d.subtopics)
      .find((s) => s.slug === 'prikkelverwerking')!;
    await t.dataSource
      .getRepository(TaxonomySubtopicEntity)
      .update('prikkelverwerking', { signalsNl: file.signals_nl, signalsEditedAt: null });
    await t.close();
  });

  it('reads a case by the signals of a subtopic and routes it to its specialist', async () => {
    const q = await ask('Meisje zegt in de klas geen woord', CASES.whispers);
    // one signal in a case: the first suggestion (a case takes corroboration to be confident)
    expect(topicsAndSuggestions(q)[0]).toBe('selectief-mutisme');
    expect((await suggested(q.id))[0]).toBe('Mila Mutisme');
  });

  it('lets admins edit the signals of a subtopic, and uses the edited signals', async () => {
    const before = await ask('Last van het licht in het lokaal', CASES.brightLight);
    expect(topicsAndSuggestions(before)).not.toContain('prikkelverwerking');

    const file = TAXONOMY.domains
      .flatMap((d) => d.subtopics)
      .find((s) => s.slug === 'prikkelverwerking')!;
    const signals = [...file.signals_nl, 'knijpt de ogen dicht bij fel licht'];
    const denied = await gql(askerAgent, UPDATE_SUBTOPIC, {
      input: { slug: 'prikkelverwerking', signals },
    });
    expect(errorCode(denied)).toBe('FORBIDDEN');
    const edited = await gql(adminAgent, UPDATE_SUBTOPIC, {
      input: { slug: 'prikkelverwerking', signals },
    });
    expect(edited.errors).toBeUndefined();
    expect(edited.data?.updateSubtopic.signals).toContain('knijpt de ogen dicht bij fel licht');
    const listed = await gql(askerAgent, `{ taxonomy { subtopics { slug signals } } }`);
    const prikkel = listed.data?.taxonomy
      .flatMap((d: { subtopics: { slug: string; signals: string[] }[] }) => d.subtopics)
      .find((s: { slug: string }) => s.slug === 'prikkelverwerking');
    expect(prikkel.signals).toContain('knijpt de ogen dicht bij fel licht');

    const after = await ask('Last van het licht in het lokaal', CASES.brightLight);
    expect(topicsAndSuggestions(after)[0]).toBe('prikkelverwerking');
    expect((await suggested(after.id))[0]).toBe('Pien Prikkel');
  });

  it('never sets a confident topic from setting words alone', async () => {
    const q = await ask('Wat zien jullie op maandag?', CASES.settingOnly);
    expect(q.topicsConfident).toBe(false);
    expect(q.subtopics).toEqual([]);
    // "gym" alone is no reason to route a case to the PE teacher either
    expect(await suggested(q.id)).not.toContain('Gerrit Gym');
  });

  it('asks the asker to choose topics when the inference is not confident', async () => {
    const q = await ask('Jongen is anders dan anders', CASES.vague);
    expect(q.topicsConfident).toBe(false);
    expect(q.subtopics).toEqual([]);
    expect(q.topicSuggestions.length).toBeGreaterThan(0);
    expect(q.topicSuggestions.length).toBeLessThanOrEqual(3);
    expect(q.topicSuggestions[0].label).toBeTruthy();
  });

  it('puts the named subtopic first, not the incidental ones', async () => {
    const q = await ask('Selectief mutisme in groep 3', CASES.namedMutism);
    expect(topicsAndSuggestions(q)[0]).toBe('selectief-mutisme');
    expect(topicsAndSuggestions(q)).not.toContain('meldcode');
    expect((await suggested(q.id))[0]).toBe('Mila Mutisme');
  });

  it("feeds the asker's topic correction into the learned associations", async () => {
    const text =
      'Een jongen in groep 7 kauwt de hele dag op het koord van zijn capuchon en knabbelt aan zijn ' +
      'mouwen, tot er gaten in zitten. Als ik hem vraag te stoppen, gaat hij wiebelen en tikken met zijn ' +
      'voeten. Wat kan ik hem bieden?';
    const first = await ask('Jongen kauwt op zijn capuchon', text);
    expect(topicsAndSuggestions(first)).not.toContain('prikkelverwerking');
    const learnedBefore = await t.dataSource.query(
      `SELECT stem FROM topic_association WHERE subtopic_slug = 'prikkelverwerking' AND stem = 'capuchon'`,
    );
    expect(learnedBefore).toEqual([]);

    const corrected = await gql(askerAgent, SET_TOPICS, {
      input: { threadId: first.id, domains: [], subtopics: ['prikkelverwerking'] },
    });
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data?.setQuestionTopics).toMatchObject({
      subtopics: [{ slug: 'prikkelverwerking' }],
      topicsConfident: true,
      topicSuggestions: [],
    });
    const learned: { stem: string; weight: number }[] = await t.dataSource.query(
      `SELECT stem, weight FROM topic_association WHERE subtopic_slug = 'prikkelverwerking' ORDER BY stem`,
    );
    expect(learned.map((r) => r.stem)).toEqual(expect.arrayContaining(['capuchon', 'kauwt']));

    // a later question in the same words now points to the corrected subtopic
    const next = await ask(
      'Meisje kauwt op haar capuchon',
      'Een meisje in groep 6 kauwt tijdens de instructie steeds op het koord van haar capuchon en ' +
        'knabbelt aan haar mouwen. Ze lijkt er rustiger van te worden, maar haar kleding gaat kapot en ' +
        'klasgenoten vinden het vies. Moet ik daar iets mee en wat kan ik haar dan aanbieden in de klas?',
    );
    expect(topicsAndSuggestions(next)).toContain('prikkelverwerking');
  });

  it('accepts a pasted question of up to 1000 characters in the search box, analysed as a case', async () => {
    const pasted = [
      CASES.whispers,
      CASES.settingOnly,
      CASES.whispers,
      CASES.settingOnly,
      CASES.whispers,
    ]
      .join(' ')
      .slice(0, 1000);
    expect(pasted.length).toBeGreaterThan(900);
    const res = await gql(askerAgent, SEARCH, { query: pasted });
    expect(res.errors).toBeUndefined();
    expect(res.data?.searchExperts.nodes[0].member.name).toBe('Mila Mutisme');
    const tooLong = await gql(askerAgent, SEARCH, { query: `${pasted}x`.padEnd(1001, 'x') });
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
  });

  it('routes a question without real content to no one', async () => {
    const lorem = await ask(
      'Lorem ipsum',
      'Lorem ipsum dolor sit amet, korte lage consectetur adipiscing elit, sed do eiusmod tempor.',
    );
    expect(await suggested(lorem.id)).toEqual([]);
    const x = await ask('xxxx', 'xxxx');
    expect(await suggested(x.id)).toEqual([]);
  });

  it('ranks availability above proximity: a colleague not open for questions is never first nor routed', async () => {
    const res = await gql(askerAgent, SEARCH, { query: 'selectief mutisme' });
    expect(res.errors).toBeUndefined();
    const names = res.data?.searchExperts.nodes.map(
      (n: { member: { name: string } }) => n.member.name,
    );
    expect(names[0]).toBe('Mila Mutisme');
    const q = await ask('Selectief mutisme', 'Wie weet veel van selectief mutisme bij kleuters?');
    expect(await suggested(q.id)).not.toContain('Wendy Dichtbij');
    // she is found, with her same-school boost withheld, after the open colleague
    expect(names).toContain('Wendy Dichtbij');
  });
});
