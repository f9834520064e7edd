import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { INestApplicationContext } from '@nestjs/common';

import { importProfiles } from '../src/cli/commands';
import { SearchDocumentService } from '../src/matching/search-document.service';
import { PlatformRole } from '../src/members/member.entity';
import { ProfileImportService } from '../src/profiles/profile-import.service';
import { TaxonomyService } from '../src/taxonomy/taxonomy.service';
import { TaxonomySyncService } from '../src/taxonomy/taxonomy-sync.service';
import { aMember, aSchool, TEST_PASSWORD } from './factories';
import { QueryCounter } from './query-counter';
import { createTestApp, errorCode, gql, TestApp } from './test-app';

const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { id } }`;
const UPDATE = `mutation($input: UpdateProfileInput!) {
  updateMyProfile(input: $input) {
    id
    profile {
      headline bio tags openForQuestions availability completeness
      expertise { domain { slug label } subtopics { slug label } level source sourceLabel offers offerLabels description }
    }
  }
}`;
const MY_PROFILE = `{ me { profile { headline bio tags availability openForQuestions expertise { domain { slug } subtopics { slug } level offers } } } }`;

describe('expertise profiles', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function signedIn(role = PlatformRole.MEMBER, options: Parameters<typeof aMember>[1] = {}) {
    const member = await aMember(t.dataSource, { platformRole: role, ...options });
    const agent = t.agent();
    expect(
      (await gql(agent, LOGIN, { email: member.email, password: TEST_PASSWORD })).errors,
    ).toBeUndefined();
    return { member, agent };
  }

  const validInput = {
    headline: 'Specialist stotteren en selectief mutisme',
    bio: 'Ik werk al tien jaar met kinderen die stotteren.\n\nIn de klas kijk ik graag mee.',
    tags: ['#Stotteren', 'onderbouw', 'stotteren '],
    openForQuestions: true,
    availability: '1× per maand',
    expertise: [
      {
        domain: 'spraak-taal',
        subtopics: ['stotteren', 'selectief-mutisme'],
        level: 'SPECIALIST',
        source: 'post-hbo',
        offers: ['observatie', 'sparren'],
        description: 'Post-hbo opleiding stottertherapie.',
      },
      { domain: 'jonge-kind', subtopics: [], level: 'BASIS', source: null, offers: [] },
    ],
  };

  it('round-trips a profile with labels in the viewer’s language', async () => {
    const { member, agent } = await signedIn();
    const res = await gql(agent, UPDATE, { input: validInput });
    expect(res.errors).toBeUndefined();
    const profile = res.data?.updateMyProfile.profile;
    expect(res.data?.updateMyProfile.id).toBe(member.id);
    expect(profile).toMatchObject({
      headline: 'Specialist stotteren en selectief mutisme',
      bio: 'Ik werk al tien jaar met kinderen die stotteren.\n\nIn de klas kijk ik graag mee.',
      tags: ['stotteren', 'onderbouw'],
      openForQuestions: true,
      availability: '1× per maand',
      completeness: 85, // the bio is shorter than 80 characters
    });
    expect(profile.expertise).toEqual([
      {
        domain: { slug: 'spraak-taal', label: expect.stringMatching(/spraak/i) },
        subtopics: [
          { slug: 'stotteren', label: 'Stotteren' },
          { slug: 'selectief-mutisme', label: expect.stringMatching(/mutisme/i) },
        ],
        level: 'SPECIALIST',
        source: 'post-hbo',
        sourceLabel: expect.stringMatching(/post-hbo/i),
        offers: ['observatie', 'sparren'],
        offerLabels: [expect.stringMatching(/observatie/i), expect.stringMatching(/sparren/i)],
        description: 'Post-hbo opleiding stottertherapie.',
      },
      {
        domain: { slug: 'jonge-kind', label: expect.any(String) },
        subtopics: [],
        level: 'BASIS',
        source: null,
        sourceLabel: null,
        offers: [],
        offerLabels: [],
        description: null,
      },
    ]);
    const english = await gql(
      agent,
      `{ me { profile { expertise { subtopics { label } } } } }`,
      undefined,
      {
        'accept-language': 'en',
      },
    );
    expect(english.data?.me.profile.expertise[0].subtopics[0].label).toBe('Stuttering');
    // A partial update leaves the other fields alone.
    const partial = await gql(agent, UPDATE, { input: { headline: 'Nieuwe kop' } });
    expect(partial.data?.updateMyProfile.profile).toMatchObject({
      headline: 'Nieuwe kop',
      availability: '1× per maand',
    });
    expect(partial.data?.updateMyProfile.profile.expertise).toHaveLength(2);
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    [
      'a subtopic of another domain',
      { expertise: [{ domain: 'rekenen', subtopics: ['stotteren'], level: 'BASIS' }] },
      'expertise.0.subtopics',
    ],
    [
      'an unknown domain',
      { expertise: [{ domain: 'astrologie', level: 'BASIS' }] },
      'expertise.0.domain',
    ],
    [
      'an unknown subtopic',
      { expertise: [{ domain: 'rekenen', subtopics: ['kwadratuur'], level: 'BASIS' }] },
      'expertise.0.subtopics',
    ],
    [
      'an unknown offer',
      { expertise: [{ domain: 'rekenen', level: 'BASIS', offers: ['koffie'] }] },
      'expertise.0.offers',
    ],
    [
      'an unknown source',
      { expertise: [{ domain: 'rekenen', level: 'BASIS', source: 'tv' }] },
      'expertise.0.source',
    ],
    ['a too long bio', { bio: 'a'.repeat(2001) }, 'bio'],
    ['a too long headline', { headline: 'k'.repeat(141) }, 'headline'],
    ['too many tags', { tags: Array.from({ length: 21 }, (_, i) => `tag${i}`) }, 'tags'],
    ['a too long tag', { tags: ['x'.repeat(41)] }, 'tags'],
    ['a too long availability', { availability: 'a'.repeat(101) }, 'availability'],
    [
      'too many entries',
      { expertise: Array.from({ length: 13 }, () => ({ domain: 'rekenen', level: 'BASIS' })) },
      'expertise',
    ],
    [
      'too many subtopics',
      {
        expertise: [
          {
            domain: 'rekenen',
            level: 'BASIS',
            subtopics: Array.from({ length: 11 }, (_, i) => `s${i}`),
          },
        ],
      },
      'expertise.0.subtopics',
    ],
    [
      'a too long description',
      { expertise: [{ domain: 'rekenen', level: 'BASIS', description: 'd'.repeat(501) }] },
      'expertise.0.description',
    ],
  ];

  it.each(invalid)(
    'refuses %s with BAD_USER_INPUT naming the field, and changes nothing',
    async (_name, input, field) => {
      const { agent } = await signedIn();
      expect((await gql(agent, UPDATE, { input: validInput })).errors).toBeUndefined();
      const before = await gql(agent, MY_PROFILE);
      const res = await gql(agent, UPDATE, {
        input: { headline: 'Mag niet opgeslagen worden', ...input },
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.['field']).toBe(field);
      expect(res.errors?.[0]?.message).toMatch(/[a-z]/);
      expect((await gql(agent, MY_PROFILE)).data).toEqual(before.data);
    },
  );

  it('refuses an invalid level enum before the resolver runs', async () => {
    const { agent } = await signedIn();
    const res = await gql(agent, UPDATE, {
      input: { expertise: [{ domain: 'rekenen', level: 'EXPERT' }] },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('shows profiles to signed-in members only', async () => {
    const { member } = await signedIn();
    const res = await gql(
      t.agent(),
      `query($id: ID!) { member(id: $id) { profile { headline } } }`,
      { id: member.id },
    );
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('lets admins add, rename and retire subtopics; a retired subtopic stays on profiles but is not offered', async () => {
    const { agent: admin } = await signedIn(PlatformRole.ADMIN);
    const added = await gql(
      admin,
      `mutation { addSubtopic(input: { domain: "rekenen", labelNl: "Rekenen met geld", synonyms: ["Euro", "geld"] }) { slug label synonyms retired domainSlug } }`,
    );
    expect(added.data?.addSubtopic).toEqual({
      slug: 'rekenen-met-geld',
      label: 'Rekenen met geld',
      synonyms: ['euro', 'geld'],
      retired: false,
      domainSlug: 'rekenen',
    });
    const renamed = await gql(
      admin,
      `mutation { updateSubtopic(input: { slug: "rekenen-met-geld", labelNl: "Geld en betalen" }) { label } }`,
    );
    expect(renamed.data?.updateSubtopic.label).toBe('Geld en betalen');

    const { agent: teacher } = await signedIn();
    const input = {
      expertise: [{ domain: 'rekenen', subtopics: ['rekenen-met-geld'], level: 'GEVORDERD' }],
    };
    expect((await gql(teacher, UPDATE, { input })).errors).toBeUndefined();

    const retired = await gql(
      admin,
      `mutation { setSubtopicRetired(input: { slug: "rekenen-met-geld", retired: true }) { retired } }`,
    );
    expect(retired.data?.setSubtopicRetired.retired).toBe(true);
    const offered = await gql(teacher, `{ taxonomy { slug subtopics { slug } } }`);
    const rekenen = offered.data?.taxonomy.find((d: { slug: string }) => d.slug === 'rekenen');
    expect(rekenen.subtopics.map((s: { slug: string }) => s.slug)).not.toContain(
      'rekenen-met-geld',
    );
    const all = await gql(
      teacher,
      `{ taxonomy { slug subtopics(includeRetired: true) { slug retired } } }`,
    );
    expect(
      all.data?.taxonomy.find((d: { slug: string }) => d.slug === 'rekenen').subtopics,
    ).toContainEqual({ slug: 'rekenen-met-geld', retired: true });

    // Kept by the member who had it, refused for a member who did not.
    expect((await gql(teacher, UPDATE, { input })).errors).toBeUndefined();
    const { agent: other } = await signedIn();
    const refused = await gql(other, UPDATE, { input });
    expect(refused.errors?.[0]?.extensions?.['field']).toBe('expertise.0.subtopics');

    const forbidden = await gql(
      teacher,
      `mutation { addSubtopic(input: { domain: "rekenen", labelNl: "X" }) { slug } }`,
    );
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
  });

  it('keeps the taxonomy sync idempotent and keeps admin renames', async () => {
    const sync = t.app.get(TaxonomySyncService);
    await t.dataSource.query(
      `UPDATE taxonomy_subtopic SET label_nl = 'Hakkelen', labels_edited_at = now() WHERE slug = 'stotteren'`,
    );
    await t.dataSource.query(`DELETE FROM taxonomy_meta`);
    expect(await sync.sync()).toBe(true);
    expect(await sync.sync()).toBe(false);
    const [row] = await t.dataSource.query(
      `SELECT label_nl FROM taxonomy_subtopic WHERE slug = 'stotteren'`,
    );
    expect(row.label_nl).toBe('Hakkelen');
    await t.dataSource.query(
      `UPDATE taxonomy_subtopic SET label_nl = 'Stotteren', labels_edited_at = NULL WHERE slug = 'stotteren'`,
    );
  });

  it('pages the member directory with filters and a bounded number of SQL statements', async () => {
    const school = await aSchool(t.dataSource, { name: 'SBO De Sprong', town: 'Ede' });
    const { agent } = await signedIn(PlatformRole.MEMBER, { school });
    const importer = t.app.get(ProfileImportService);
    const records = Array.from({ length: 30 }, (_, i) => ({
      line: i + 1,
      record: {
        email: `dir${i}@school.example`,
        name: `Directory ${String(i).padStart(2, '0')}`,
        role: i % 2 ? 'leerkracht' : 'intern-begeleider',
        school: i % 3 ? 'SBO De Sprong, Ede' : 'OBS Het Kompas, Wageningen',
        bio: 'Ik help graag.',
        tags: ['lezen'],
        expertise: [
          {
            domain: i % 2 ? 'taal-lezen' : 'rekenen',
            subtopics: [],
            level: 'gevorderd',
            source: 'cursus',
            offers: ['sparren'],
          },
        ],
      },
    }));
    const report = await importer.importRecords(records, { passwordHash: 'x' });
    expect(report.rejected).toEqual([]);
    const directory = `query($f: MemberFilterInput, $first: Int!) {
      members(filter: $f, first: $first) {
        total
        nodes { name roleLabel school { name town board { name } } profile { headline updatedAt expertise { domain { label } subtopics { label } level offers } } }
      }
    }`;
    const bySchoolAndDomain = await gql(agent, directory, {
      f: { schoolId: school.id, domain: 'rekenen' },
      first: 50,
    });
    expect(bySchoolAndDomain.errors).toBeUndefined();
    const names = bySchoolAndDomain.data?.members.nodes.map((n: { name: string }) => n.name);
    expect(names).toEqual([
      'Directory 02',
      'Directory 04',
      'Directory 08',
      'Directory 10',
      'Directory 14',
      'Directory 16',
      'Directory 20',
      'Directory 22',
      'Directory 26',
      'Directory 28',
    ]);
    const byRole = await gql(agent, directory, {
      f: { jobRole: 'leerkracht', domain: 'taal-lezen' },
      first: 5,
    });
    expect(byRole.data?.members.total).toBe(15);
    expect(byRole.data?.members.nodes).toHaveLength(5);

    await gql(agent, directory, { first: 1 }); // warm the taxonomy cache
    const small = await QueryCounter.count(t.dataSource, () => gql(agent, directory, { first: 3 }));
    const large = await QueryCounter.count(t.dataSource, () =>
      gql(agent, directory, { first: 30 }),
    );
    expect(large.result.data?.members.nodes).toHaveLength(30);
    expect(large.queries.length).toBe(small.queries.length);
    expect(large.queries.length).toBeLessThanOrEqual(8);
  });

  it('imports profiles idempotently and reports bad lines by number without losing good ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deelwijs-profiles-'));
    const file = join(dir, 'profielen.jsonl');
    const good = (email: string, name: string, bio: string) =>
      JSON.stringify({
        id: 'x',
        name,
        email,
        role: 'leerkracht',
        school: 'CBS De Korenmaat, Veenendaal',
        expertise: [
          {
            domain: 'spraak-taal',
            subtopics: ['stotteren'],
            level: 'specialist',
            source: 'post-hbo',
            offers: ['workshop'],
          },
        ],
        tags: ['#stotteren'],
        bio,
      });
    const lines = [
      good('Hilde.Prins@example.org', 'Hilde Prins', 'Eerste versie.'),
      '{ dit is geen json',
      JSON.stringify({ name: 'Zonder mail', role: 'leerkracht' }),
      good('piet@example.org', 'Piet', 'Ok.'),
      JSON.stringify({
        name: 'Fout domein',
        email: 'fout@example.org',
        role: 'leerkracht',
        expertise: [{ domain: 'rekenen', subtopics: ['stotteren'], level: 'basis' }],
      }),
      '',
      JSON.stringify({ name: 'Rare rol', email: 'rol@example.org', role: 'piloot' }),
    ];
    writeFileSync(file, lines.join('\n'));
    const app = t.app as INestApplicationContext;
    const first = await importProfiles(app, file);
    expect([first.imported, first.created, first.updated]).toEqual([2, 2, 0]);
    expect(first.rejected.map((r) => [r.line, r.reason])).toEqual([
      [2, 'Geen geldige JSON'],
      [3, 'Ongeldig e-mailadres: ""'],
      [5, expect.stringMatching(/^expertise\.0\.subtopics: .*hoort niet bij/)],
      [7, 'Onbekende functie: "piloot"'],
    ]);
    lines[0] = good('hilde.prins@example.org', 'Hilde Prins', 'Tweede versie.');
    writeFileSync(file, lines.join('\n'));
    const second = await importProfiles(app, file, 'zonnige-dinsdag-in-ede');
    expect([second.imported, second.created, second.updated]).toEqual([2, 0, 2]);
    const rows = await t.dataSource.query(
      `SELECT m.email, m.status, p.bio, p.tags, count(e.id)::int AS entries
         FROM member m JOIN expertise_profile p ON p.member_id = m.id JOIN expertise_entry e ON e.member_id = m.id
        WHERE m.email IN ('hilde.prins@example.org', 'piet@example.org') GROUP BY 1, 2, 3, 4 ORDER BY 1`,
    );
    expect(rows).toEqual([
      {
        email: 'hilde.prins@example.org',
        status: 'ACTIVE',
        bio: 'Tweede versie.',
        tags: ['stotteren'],
        entries: 1,
      },
      { email: 'piet@example.org', status: 'ACTIVE', bio: 'Ok.', tags: ['stotteren'], entries: 1 },
    ]);
    const invitations = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM mail_outbox WHERE to_address = 'piet@example.org'`,
    );
    expect(invitations[0].n).toBe(1);
  });

  it('imports in pipelined batches and stores the same search documents a rebuild from the database gives', async () => {
    const admin = await aMember(t.dataSource, { platformRole: PlatformRole.ADMIN });
    const added = await t.app.get(TaxonomyService).addSubtopic(admin.id, {
      domain: 'motoriek',
      labelNl: 'Angst voor klimtoestellen',
      labelEn: 'Fear of climbing frames',
      synonyms: ['hoogtevrees gymzaal'],
    });
    const record = (i: number) => ({
      name: `Pijplijn ${i}`,
      email: `pijplijn${i}@example.org`,
      role: i % 2 ? 'leerkracht' : 'intern-begeleider',
      school: i % 3 ? 'OBS De Klimop, Ede' : null,
      headline: `Kop ${i}`,
      expertise: [
        {
          domain: 'motoriek',
          subtopics: i % 2 ? [added.slug] : ['fijne-motoriek'],
          level: 'gevorderd',
          offers: ['sparren'],
          description: `Beschrijving ${i}`,
        },
        { domain: 'taal-lezen', subtopics: ['dyslexie'], level: 'specialist' },
      ],
      tags: ['#rekenangst', 'leesproblemen'],
      bio: `Ik begeleid kinderen met faalangst en werk met groep ${i} aan begrijpend lezen.`,
      open_for_questions: i % 4 !== 0,
    });
    const records = Array.from({ length: 7 }, (_, i) => ({ line: i + 1, record: record(i) }));
    // a repeated e-mail address is reported with its line; the rest of its batch is kept
    records[3] = { line: 4, record: { ...record(3), email: 'dubbel@example.org' } };
    records[4] = { line: 5, record: { ...record(4), email: 'DUBBEL@example.org' } };
    const report = await t.app
      .get(ProfileImportService)
      .importRecords(records, { batchSize: 2, passwordHash: 'x' });
    expect(report.imported).toBe(6);
    expect(report.rejected.map((r) => r.line)).toEqual([5]);

    const documents = () =>
      t.dataSource.query(
        `SELECT m.email, d.school_id, d.board_id, d.role, d.active, d.open_for_questions, d.text_a,
                d.text_b, d.text_c, d.subtopics, d.domains, d.subtopic_levels,
                d.inferred_subtopics, d.domain_levels, d.offers, d.tsv::text AS tsv
           FROM search_document d JOIN member m ON m.id = d.member_id
          WHERE m.email LIKE 'pijplijn%' OR m.email = 'dubbel@example.org' ORDER BY m.email`,
      );
    const imported = await documents();
    expect(imported).toHaveLength(6);
    expect(
      imported.find((d: { email: string }) => d.email === 'pijplijn1@example.org'),
    ).toMatchObject({
      subtopics: expect.arrayContaining([added.slug, 'dyslexie']),
      text_a: expect.stringContaining('Angst voor klimtoestellen'),
    });
    const ids: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM member WHERE email LIKE 'pijplijn%' OR email = 'dubbel@example.org'`,
    );
    await t.dataSource.transaction((manager) =>
      t.app.get(SearchDocumentService).refresh(
        manager,
        ids.map((r) => r.id),
      ),
    );
    expect(await documents()).toEqual(imported);
  });
});
