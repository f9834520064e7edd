import { screen, within } from '@testing-library/react';

import { CurrentMemberQuery } from '../../../graphql/currentMember';
import { aCurrentMember, aSchool } from '../../../test/builders';
import { resetI18n } from '../../../test/i18n';
import { renderRoutes } from '../../../test/render';
import { MemberProfilePage } from '..';
import { MemberProfileQuery } from '../graphql/memberProfile';
import { aProfile } from '../lib/testData';

const routes = [{ path: '/leden/:id', element: <MemberProfilePage /> }];
const viewer = aCurrentMember({ id: 'member-1' });

const domain = (slug: string, label: string) => ({ __typename: 'Domain' as const, slug, label });
const subtopic = (slug: string, label: string) => ({
  __typename: 'Subtopic' as const,
  slug,
  label,
});
const anEntry = (entryDomain: ReturnType<typeof domain>, overrides: Record<string, unknown>) => ({
  __typename: 'Expertise' as const,
  domain: entryDomain,
  level: 'GEVORDERD' as const,
  source: null,
  sourceLabel: null,
  offers: [],
  offerLabels: [],
  description: null,
  subtopics: [],
  ...overrides,
});

const bram = {
  __typename: 'Member' as const,
  id: 'member-2',
  name: 'Bram Jansen',
  email: 'bram@deregenboog.example',
  roleLabel: 'Intern begeleider',
  school: {
    ...aSchool('school-2', 'OBS De Regenboog', 'Ede'),
    board: { __typename: 'Board' as const, id: 'board-1', name: 'Stichting Veluwe' },
  },
  profile: aProfile({
    expertise: [
      anEntry(domain('taal-lezen', 'Taal, lezen en spelling'), {
        subtopics: [subtopic('dyslexie', 'Dyslexie')],
        level: 'SPECIALIST',
        sourceLabel: 'Opleiding',
        offerLabels: ['Materiaal delen'],
      }),
      anEntry(domain('rekenen', 'Rekenen en wiskunde'), {
        subtopics: [subtopic('dyscalculie', 'Dyscalculie')],
      }),
      anEntry(domain('taal-lezen', 'Taal, lezen en spelling'), {
        subtopics: [subtopic('technisch-lezen', 'Technisch lezen')],
        level: 'BASIS',
        offerLabels: ['Sparren en meedenken'],
      }),
    ],
  }),
};

function mocks(member: unknown, id = 'member-2') {
  return [
    { request: { query: CurrentMemberQuery }, result: { data: { me: viewer } } },
    {
      request: { query: MemberProfileQuery, variables: { id } },
      result: { data: { member } },
    },
  ];
}

describe('MemberProfilePage', () => {
  beforeEach(async () => {
    await resetI18n();
  });

  it('groups expertise by domain with subtopics, level and offers', async () => {
    renderRoutes(routes, { route: '/leden/member-2', mocks: mocks(bram) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Bram Jansen' })).toBeVisible();
    expect(
      screen.getByText('Intern begeleider · OBS De Regenboog, Ede · Stichting Veluwe'),
    ).toBeInTheDocument();

    const expertise = screen.getByRole('region', { name: 'Expertise' });
    const domains = within(expertise)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(domains).toEqual(['Taal, lezen en spelling', 'Rekenen en wiskunde']);

    const taal = screen.getByRole('region', { name: 'Taal, lezen en spelling' });
    expect(
      within(taal)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Dyslexie', 'Materiaal delen', 'Technisch lezen', 'Sparren en meedenken']);
    expect(within(taal).getByText('Specialist')).toBeInTheDocument();
    expect(within(taal).getByText('Basis')).toBeInTheDocument();
    expect(within(taal).getByText('Opgedaan via Opleiding')).toBeInTheDocument();
    const rekenen = screen.getByRole('region', { name: 'Rekenen en wiskunde' });
    expect(within(rekenen).getByText('Dyscalculie')).toBeInTheDocument();
    expect(within(rekenen).getByText('Gevorderd')).toBeInTheDocument();

    expect(screen.getByText('Staat open voor vragen · 1× per maand')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Stuur een e-mail' })).toHaveAttribute(
      'href',
      'mailto:bram@deregenboog.example',
    );
    // Someone else's page: no edit link.
    expect(screen.queryByRole('link', { name: 'Profiel bewerken' })).not.toBeInTheDocument();
  });

  it('shows the bio as text with its line breaks, never as HTML', async () => {
    renderRoutes(routes, { route: '/leden/member-2', mocks: mocks(bram) });

    const bio = await screen.findByText(/Eerste regel\./);
    expect(bio.textContent).toBe('Eerste regel.\nTweede regel <b>geen html</b>.');
    expect(bio.querySelector('b')).toBeNull();
  });

  it('links your own page to the editor', async () => {
    renderRoutes(routes, {
      route: '/leden/member-1',
      mocks: mocks({ ...bram, id: 'member-1', name: 'Anouk de Vries' }, 'member-1'),
    });

    expect(await screen.findByRole('link', { name: 'Profiel bewerken' })).toHaveAttribute(
      'href',
      '/profiel',
    );
  });

  it('says so kindly when the colleague does not exist', async () => {
    renderRoutes(routes, { route: '/leden/member-9', mocks: mocks(null, 'member-9') });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Collega niet gevonden' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: "Naar alle collega's" })).toHaveAttribute(
      'href',
      '/leden',
    );
  });
});
