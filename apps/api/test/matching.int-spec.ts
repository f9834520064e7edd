import { MatchingService } from '../src/matching/matching.service';
import { MemberEntity, MemberStatus, PlatformRole } from '../src/members/member.entity';
import { BoardEntity } from '../src/organisation/board.entity';
import { SchoolEntity } from '../src/organisation/school.entity';
import { ProfilesService } from '../src/profiles/profiles.service';
import { TaxonomyService } from '../src/taxonomy/taxonomy.service';
import { aMember, aSchool, TEST_PASSWORD } from './factories';
import { QueryCounter } from './query-counter';
import { createTestApp, errorCode, gql, TestApp } from './test-app';

const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { id } }`;
const SEARCH = `query($query: String!, $filter: ExpertFilter, $first: Int, $after: String) {
  searchExperts(query: $query, filter: $filter, first: $first, after: $after) {
    total
    nodes { score reasons snippet matchedSubtopics { slug label } member { id name role school { name } } }
    facets { field values { value label count } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type Level = 'basis' | 'gevorderd' | 'specialist';
interface Entry {
  domain: string;
  subtopics?: string[];
  level: Level;
  offers?: string[];
}
interface SearchData {
  searchExperts: {
    total: number;
    nodes: {
      score: number;
      reasons: string[];
      snippet: string | null;
      matchedSubtopics: { slug: string; label: string }[];
      member: { id: string; name: string; role: string; school: { name: string } | null };
    }[];
    facets: { field: string; values: { value: string; label: string; count: number }[] }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('expert search', () => {
  let t: TestApp;
  let boardA: BoardEntity;
  let boardB: BoardEntity;
  let home: SchoolEntity;
  let sister: SchoolEntity;
  let far: SchoolEntity;
  let viewer: MemberEntity;
  let agent: ReturnType<TestApp['agent']>;
  const people: Record<string, MemberEntity> = {};

  async function expert(
    key: string,
    options: {
      school?: SchoolEntity;
      jobRole?: string;
      bio?: string;
      tags?: string[];
      open?: boolean;
      entries: Entry[];
    },
  ) {
    const member = await aMember(t.dataSource, {
      name: key,
      school: options.school ?? far,
      jobRole: options.jobRole ?? 'leerkracht',
      password: null,
    });
    await t.app.get(ProfilesService).updateMyProfile(member, {
      bio: options.bio ?? null,
      tags: options.tags ?? [],
      openForQuestions: options.open ?? true,
      expertise: options.entries.map((e) => ({
        domain: e.domain,
        subtopics: e.subtopics ?? [],
        level: e.level as never,
        offers: e.offers ?? [],
      })),
    });
    people[key] = member;
    return member;
  }

  const search = async (
    query: string,
    filter?: Record<string, unknown>,
    extra: { first?: number; after?: string; lang?: string } = {},
  ) => {
    const res = await gql<SearchData>(
      agent,
      SEARCH,
      { query, filter, first: extra.first, after: extra.after },
      { 'accept-language': extra.lang ?? 'nl' },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.searchExperts;
  };
  const names = (r: SearchData['searchExperts']) => r.nodes.map((n) => n.member.name);

  beforeAll(async () => {
    t = await createTestApp();
    const boards = t.dataSource.getRepository(BoardEntity);
    boardA = await boards.save(boards.create({ name: 'Stichting Eem' }));
    boardB = await boards.save(boards.create({ name: 'Stichting Vallei' }));
    home = await aSchool(t.dataSource, {
      name: 'CBS De Korenmaat',
      town: 'Veenendaal',
      boardId: boardA.id,
    });
    sister = await aSchool(t.dataSource, {
      name: 'OBS Het Palet',
      town: 'Ede',
      boardId: boardA.id,
    });
    far = await aSchool(t.dataSource, {
      name: 'IKC De Horizon',
      town: 'Barneveld',
      boardId: boardB.id,
    });
    viewer = await aMember(t.dataSource, {
      name: 'Ingrid IB',
      school: home,
      jobRole: 'intern-begeleider',
    });
    await t.app.get(ProfilesService).updateMyProfile(viewer, {
      bio: 'Ik ben zelf specialist selectief mutisme.',
      expertise: [
        { domain: 'spraak-taal', subtopics: ['selectief-mutisme'], level: 'specialist' as never },
      ],
    });
    agent = t.agent();
    expect(
      (await gql(agent, LOGIN, { email: viewer.email, password: TEST_PASSWORD })).errors,
    ).toBeUndefined();

    await expert('Sara Specialist', {
      bio: 'Ik begeleid leerlingen die op school zwijgen, samen met ouders en logopedie.',
      jobRole: 'orthopedagoog',
      entries: [
        {
          domain: 'spraak-taal',
          subtopics: ['selectief-mutisme'],
          level: 'specialist',
          offers: ['observatie', 'sparren'],
        },
      ],
    });
    await expert('Bas Basis', {
      entries: [
        {
          domain: 'spraak-taal',
          subtopics: ['selectief-mutisme'],
          level: 'basis',
          offers: ['sparren'],
        },
      ],
    });
    await expert('Dirk Domein', {
      bio: 'Taalontwikkeling bij kleuters is mijn vak.',
      entries: [{ domain: 'spraak-taal', level: 'gevorderd', offers: ['workshop'] }],
    });
    await expert('Lotte Lezen', {
      school: sister,
      jobRole: 'remedial-teacher',
      bio: 'Ik help kinderen met leesproblemen en een leesachterstand.',
      entries: [
        {
          domain: 'taal-lezen',
          subtopics: ['dyslexie', 'technisch-lezen'],
          level: 'gevorderd',
          offers: ['coaching'],
        },
      ],
    });
    await expert('Tim Taal', {
      open: false,
      entries: [
        {
          domain: 'spraak-taal',
          subtopics: ['tos'],
          level: 'specialist',
          offers: ['materiaal-delen'],
        },
      ],
    });
    await expert('Gerrit Gedeactiveerd', {
      entries: [{ domain: 'spraak-taal', subtopics: ['selectief-mutisme'], level: 'specialist' }],
    });
    await t.dataSource
      .getRepository(MemberEntity)
      .update(people['Gerrit Gedeactiveerd'].id, { status: MemberStatus.DEACTIVATED });
    await expert('Ivo Uitgenodigd', {
      entries: [{ domain: 'spraak-taal', subtopics: ['selectief-mutisme'], level: 'specialist' }],
    });
    await t.dataSource
      .getRepository(MemberEntity)
      .update(people['Ivo Uitgenodigd'].id, { status: MemberStatus.INVITED });
    // three equal profiles for the proximity boost
    for (const [key, school] of [
      ['Pim Ver', far],
      ['Pia Bestuur', sister],
      ['Piet School', home],
    ] as const) {
      await expert(key, {
        school,
        entries: [{ domain: 'rekenen', subtopics: ['dyscalculie'], level: 'gevorderd' }],
      });
    }
  });
  afterAll(() => t.close());

  it('ranks a specialist above a basis-level colleague above a domain-only match, with reasons', async () => {
    const r = await search('selectief mutisme');
    // subtopic specialist, subtopic basis, then the domain-only matches (Tim: domain specialist)
    expect(names(r).slice(0, 4)).toEqual([
      'Sara Specialist',
      'Bas Basis',
      'Tim Taal',
      'Dirk Domein',
    ]);
    expect(r.nodes[0].score).toBeGreaterThan(r.nodes[1].score);
    expect(r.nodes[0].reasons).toEqual(
      expect.arrayContaining([
        'Specialist: selectief mutisme',
        'biedt observatie in de klas',
        'staat open voor vragen',
      ]),
    );
    expect(r.nodes[0].matchedSubtopics.map((s) => s.slug)).toEqual(['selectief-mutisme']);
    expect(r.nodes[2].reasons[0]).toBe('Domein Spraak- en taalontwikkeling (specialist)');
    expect(r.nodes[3].reasons[0]).toBe('Domein Spraak- en taalontwikkeling (gevorderd)');
  });

  it('finds a colleague through the taxonomy when none of the question’s words are in the profile', async () => {
    const r = await search('Wie kan meekijken bij een kleuter die niet praat in de klas?');
    expect(names(r)[0]).toBe('Sara Specialist');
    expect(r.nodes[0].reasons).toContain('Specialist: selectief mutisme');
  });

  it('understands the typo "dyslectie" and the abbreviation "TOS"', async () => {
    expect(names(await search('dyslectie'))[0]).toBe('Lotte Lezen');
    const tos = await search('TOS');
    // Tim is the TOS specialist but not open for questions: found, never first (issue 11)
    expect(names(tos)[0]).not.toBe('Tim Taal');
    const tim = tos.nodes.find((n) => n.member.name === 'Tim Taal')!;
    expect(tim.reasons[0]).toMatch(/^Specialist: /);
    expect(tim.reasons).not.toContain('staat open voor vragen');
  });

  it('excludes the searcher, deactivated and invited members', async () => {
    const found = names(await search('selectief mutisme', undefined, { first: 50 }));
    expect(found).not.toContain('Ingrid IB');
    expect(found).not.toContain('Gerrit Gedeactiveerd');
    expect(found).not.toContain('Ivo Uitgenodigd');
    await t.dataSource
      .getRepository(MemberEntity)
      .update(people['Gerrit Gedeactiveerd'].id, { status: MemberStatus.ACTIVE });
    expect(names(await search('selectief mutisme'))).toContain('Gerrit Gedeactiveerd');
    await t.dataSource
      .getRepository(MemberEntity)
      .update(people['Gerrit Gedeactiveerd'].id, { status: MemberStatus.DEACTIVATED });
    expect(names(await search('selectief mutisme'))).not.toContain('Gerrit Gedeactiveerd');
  });

  it('boosts the same school above the same board above the rest, never filters', async () => {
    const r = await search('dyscalculie');
    expect(names(r)).toEqual(['Piet School', 'Pia Bestuur', 'Pim Ver']);
    expect(r.nodes[0].reasons).toContain('zelfde school');
    expect(r.nodes[1].reasons).toContain('zelfde bestuur');
    expect(r.nodes[2].reasons.join()).not.toMatch(/zelfde/);
  });

  it('follows school board changes of a member’s school', async () => {
    await t.dataSource.getRepository(SchoolEntity).update(far.id, { boardId: boardA.id });
    const r = await search('dyscalculie');
    expect(r.nodes[2].reasons).toContain('zelfde bestuur');
    await t.dataSource.getRepository(SchoolEntity).update(far.id, { boardId: boardB.id });
  });

  it('filters on domain, subtopic, school, board, role, offer and availability', async () => {
    const q = 'selectief mutisme taalontwikkelingsstoornis dyslexie dyscalculie';
    const all = names(await search(q, undefined, { first: 50 }));
    expect(all).toEqual(
      expect.arrayContaining(['Sara Specialist', 'Tim Taal', 'Lotte Lezen', 'Pim Ver']),
    );
    const only = async (filter: Record<string, unknown>) =>
      names(await search(q, filter, { first: 50 })).sort();
    expect(await only({ domains: ['taal-lezen'] })).toEqual(['Lotte Lezen']);
    expect(await only({ subtopics: ['tos'] })).toEqual(['Tim Taal']);
    expect(await only({ schools: [home.id] })).toEqual(['Piet School']);
    expect(await only({ boards: [boardA.id] })).toEqual([
      'Lotte Lezen',
      'Pia Bestuur',
      'Piet School',
    ]);
    expect(await only({ roles: ['orthopedagoog'] })).toEqual(['Sara Specialist']);
    expect(await only({ offers: ['materiaal-delen', 'coaching'] })).toEqual([
      'Lotte Lezen',
      'Tim Taal',
    ]);
    const available = await only({ availableOnly: true });
    expect(available).not.toContain('Tim Taal');
    expect(available).toContain('Sara Specialist');
  });

  it('counts facets over the filtered result set', async () => {
    const r = await search('selectief mutisme', { domains: ['spraak-taal'] }, { first: 1 });
    const facet = (field: string) =>
      Object.fromEntries(
        r.facets.find((f) => f.field === field)!.values.map((v) => [v.value, v.count]),
      );
    expect(r.facets.map((f) => f.field)).toEqual([
      'domain',
      'subtopic',
      'school',
      'board',
      'role',
      'offer',
    ]);
    expect(r.total).toBe(r.nodes.length + (r.pageInfo.hasNextPage ? r.total - 1 : 0));
    expect(facet('domain')['spraak-taal']).toBe(r.total);
    expect(facet('subtopic')['selectief-mutisme']).toBe(2);
    expect(facet('offer')['sparren']).toBe(2);
    expect(facet('role')['orthopedagoog']).toBe(1);
    expect(facet('school')[far.id]).toBe(r.total);
    expect(facet('board')[boardB.id]).toBe(r.total);
    const schoolLabel = r.facets.find((f) => f.field === 'school')!.values[0].label;
    expect(schoolLabel).toBe('IKC De Horizon, Barneveld');
  });

  it('counts a filtered field without its own filter, so other values can be added (disjunctive)', async () => {
    const q = 'selectief mutisme taalontwikkelingsstoornis dyslexie dyscalculie';
    const counts = (r: SearchData['searchExperts'], field: string) =>
      Object.fromEntries(
        r.facets.find((f) => f.field === field)!.values.map((v) => [v.value, v.count]),
      );
    const unfiltered = await search(q, undefined, { first: 50 });
    const one = await search(q, { boards: [boardA.id] }, { first: 50 });
    const both = await search(q, { boards: [boardA.id, boardB.id] }, { first: 50 });
    // the board facet under a board filter equals the unfiltered one…
    expect(counts(one, 'board')).toEqual(counts(unfiltered, 'board'));
    expect(counts(one, 'board')[boardB.id]).toBeGreaterThan(0);
    // …and says what adding a board would give
    expect(both.total).toBe(counts(one, 'board')[boardA.id] + counts(one, 'board')[boardB.id]);
    expect(one.total).toBe(counts(one, 'board')[boardA.id]);
    // other fields count only the filtered results
    const roles = Object.values(counts(one, 'role')).reduce((a, b) => a + b, 0);
    expect(roles).toBe(one.total);
    // with a second field filtered, each field ignores only its own filter
    const narrowed = await search(q, { boards: [boardA.id], roles: ['leerkracht'] }, { first: 50 });
    const roleOnly = await search(q, { roles: ['leerkracht'] }, { first: 50 });
    expect(counts(narrowed, 'board')).toEqual(counts(roleOnly, 'board'));
    expect(counts(narrowed, 'role')).toEqual(counts(one, 'role'));
  });

  it('gives reasons and labels in English when asked', async () => {
    const r = await search('selectief mutisme', undefined, { lang: 'en' });
    expect(r.nodes[0].reasons).toEqual(
      expect.arrayContaining([
        'Specialist: selective mutism',
        'offers classroom observation',
        'open to questions',
      ]),
    );
    expect(r.nodes[0].matchedSubtopics[0].label).toBe('Selective mutism');
    expect(r.facets.find((f) => f.field === 'domain')!.values[0].label).toMatch(/speech/i);
  });

  it('highlights the matched words in an HTML-safe snippet', async () => {
    const member = await expert('Henk Html', {
      bio: 'Ik werk met <b>dyscalculie</b> & rekenangst.',
      entries: [{ domain: 'rekenen', level: 'basis' }],
    });
    const r = await search('rekenangst');
    const node = r.nodes.find((n) => n.member.id === member.id)!;
    expect(node.snippet).toContain('<mark>rekenangst</mark>');
    expect(node.snippet).toContain('&amp;');
    expect(node.snippet).not.toMatch(/<(?!\/?mark>)/);
  });

  it('pages with first and after', async () => {
    const page1 = await search('selectief mutisme', undefined, { first: 2 });
    expect(page1.nodes).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await search('selectief mutisme', undefined, {
      first: 2,
      after: page1.pageInfo.endCursor!,
    });
    expect(names(page2)[0]).not.toBe(names(page1)[0]);
    expect(names(page2)).not.toContain(names(page1)[1]);
    expect(page2.total).toBe(page1.total);
  });

  it('refuses bad input with BAD_USER_INPUT naming the field', async () => {
    const bad = async (variables: Record<string, unknown>, field: string) => {
      const res = await gql(agent, SEARCH, { query: 'dyslexie', ...variables });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!['field']).toBe(field);
    };
    await bad({ query: '   ' }, 'query');
    await bad({ query: 'x'.repeat(1001) }, 'query');
    await bad({ first: 51 }, 'first');
    await bad({ first: 0 }, 'first');
    await bad({ after: 'bm9wZQ' }, 'after');
    await bad({ filter: { schools: ['not-a-uuid'] } }, 'filter.schools');
    const anonymous = await gql(t.agent(), SEARCH, { query: 'dyslexie' });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
  });

  it('finds a profile right after updateMyProfile', async () => {
    const member = await aMember(t.dataSource, { name: 'Nina Nieuw', school: far });
    const own = t.agent();
    await gql(own, LOGIN, { email: member.email, password: TEST_PASSWORD });
    expect(names(await search('stotteren'))).not.toContain('Nina Nieuw');
    const res = await gql(
      own,
      `mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id } }`,
      {
        input: {
          bio: 'Ik geef les aan kinderen die stotteren.',
          expertise: [
            { domain: 'spraak-taal', subtopics: ['stotteren'], level: 'GEVORDERD', offers: [] },
          ],
        },
      },
    );
    expect(res.errors).toBeUndefined();
    const r = await search('stotteren');
    expect(names(r)[0]).toBe('Nina Nieuw');
    expect(r.nodes[0].reasons).toContain('Gevorderd: stotteren');
  });

  it('finds subtopics admins added', async () => {
    const admin = await aMember(t.dataSource, { platformRole: PlatformRole.ADMIN });
    const added = await t.app.get(TaxonomyService).addSubtopic(admin.id, {
      domain: 'motoriek',
      labelNl: 'Zwemangst',
      labelEn: 'Fear of swimming',
      synonyms: ['bang voor water'],
    });
    await expert('Zoë Zwem', {
      entries: [{ domain: 'motoriek', subtopics: [added.slug], level: 'specialist' }],
    });
    const r = await search('leerling is bang voor water bij schoolzwemmen');
    expect(names(r)[0]).toBe('Zoë Zwem');
    expect(r.nodes[0].reasons).toContain('Specialist: zwemangst');
    const suggestions = await gql(
      agent,
      `{ subtopicSuggestions(prefix: "zwem") { subtopic { slug } } }`,
    );
    expect(
      suggestions.data?.subtopicSuggestions.map(
        (s: { subtopic: { slug: string } }) => s.subtopic.slug,
      ),
    ).toContain(added.slug);
  });

  it('suggests subtopics while typing, with synonyms, typos and abbreviations', async () => {
    const suggest = async (prefix: string) => {
      const res = await gql(
        agent,
        `query($p: String!) { subtopicSuggestions(prefix: $p, first: 5) { subtopic { slug label } domain { slug } matched } }`,
        { p: prefix },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.subtopicSuggestions.map(
        (s: { subtopic: { slug: string } }) => s.subtopic.slug,
      );
    };
    expect(await suggest('dysl')).toContain('dyslexie');
    expect(await suggest('dyslectie')).toContain('dyslexie');
    expect(await suggest('TOS')).toContain('tos');
    const tooMany = await gql(
      agent,
      `{ subtopicSuggestions(prefix: "dys", first: 21) { matched } }`,
    );
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
  });

  it('logs each search with the searcher’s id only', async () => {
    await search('faalangst bij toetsen');
    await t.app.get(MatchingService).flushSearchLog();
    const [row] = await t.dataSource.query(
      `SELECT searcher_id, query, result_count, subtopics, duration_ms FROM search_log WHERE query = $1`,
      ['faalangst bij toetsen'],
    );
    expect(row).toMatchObject({
      searcher_id: viewer.id,
      query: 'faalangst bij toetsen',
      result_count: 0,
    });
    expect(row.subtopics).toContain('faalangst');
    expect(row.duration_ms).toBeGreaterThan(0);
  });

  it('answers a page of result cards with the ranking statement alone, same data as member(id)', async () => {
    const CARD = `
      id name email role roleLabel status locale platformRole createdAt lastLoginAt
      school { id name town brin }
      profile {
        headline bio tags openForQuestions availability updatedAt completeness
        expertise { domain { slug label } subtopics { slug label } level source sourceLabel
                    offers offerLabels description }
      }`;
    const CARDS = `query($query: String!, $first: Int) {
      searchExperts(query: $query, first: $first) { nodes { member { ${CARD} } } }
    }`;
    type Card = { id: string } & Record<string, unknown>;
    const run = () =>
      gql<{ searchExperts: { nodes: { member: Card }[] } }>(agent, CARDS, {
        query: 'selectief mutisme dyslexie',
        first: 20,
      });
    await run(); // warm caches (taxonomy snapshot)
    const { result, queries } = await QueryCounter.count(t.dataSource, run);
    expect(result.errors).toBeUndefined();
    const cards = result.data?.searchExperts.nodes.map((n) => n.member) ?? [];
    expect(cards.length).toBeGreaterThan(2);
    // the session read brings the viewer along (not through TypeORM); then only the ranking
    // statement: no loader queries
    expect(queries).toHaveLength(1);
    expect(queries[0]).toContain('search_document');
    for (const card of cards) {
      const direct = await gql<{ member: Card }>(
        agent,
        `query($id: ID!) { member(id: $id) { ${CARD} } }`,
        { id: card.id },
      );
      expect(card).toEqual(direct.data?.member);
    }
  });
});
