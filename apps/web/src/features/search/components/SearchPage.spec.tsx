import '..';

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';

import { resetI18n } from '../../../test/i18n';
import { renderWithProviders } from '../../../test/render';
import { SearchExpertsQuery } from '../graphql/searchExperts';
import { SubtopicSuggestionsQuery } from '../graphql/subtopicSuggestions';
import { aFacet, aHit, aResult } from '../test/builders';
import { SearchPage } from './SearchPage';

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="search">{location.search}</output>;
}

function searchMock(
  query: string,
  filter: Record<string, unknown>,
  result: ReturnType<typeof aResult>,
) {
  return {
    request: { query: SearchExpertsQuery, variables: { query, filter, first: 10 } },
    result: { data: { searchExperts: result } },
    maxUsageCount: 5,
  };
}

function suggestionsMock(prefix: string, first: number, labels: [slug: string, label: string][]) {
  return {
    request: { query: SubtopicSuggestionsQuery, variables: { prefix, first } },
    result: {
      data: {
        subtopicSuggestions: labels.map(([slug, label]) => ({
          __typename: 'SubtopicSuggestion' as const,
          matched: label,
          subtopic: { __typename: 'Subtopic' as const, slug, label },
          domain: {
            __typename: 'Domain' as const,
            slug: 'spraak-taal',
            label: 'Spraak- en taalontwikkeling',
          },
        })),
      },
    },
    maxUsageCount: 5,
  };
}

const QUESTION = 'kleuter die niet praat';
const facets = [
  aFacet('offer', [
    ['observatie', 'Observatie in de klas', 1],
    ['sparren', 'Sparren en meedenken', 2],
  ]),
  aFacet('role', [['leerkracht', 'Leerkracht', 2]]),
];
const jolanda = aHit();
const hilde = aHit({
  id: 'member-8',
  name: 'Hilde Prins',
  reasons: ['Specialist: selectief mutisme'],
});

function renderPage(route: string, mocks: unknown[]) {
  return renderWithProviders(
    <>
      <SearchPage />
      <LocationProbe />
    </>,
    { route, mocks: mocks as never },
  );
}

describe('SearchPage', () => {
  beforeEach(async () => {
    await resetI18n();
  });

  it('shows the ranked colleagues and announces the count', async () => {
    renderPage(`/zoeken?q=${encodeURIComponent(QUESTION)}`, [
      searchMock(QUESTION, {}, aResult([hilde, jolanda], facets)),
    ]);

    expect(await screen.findByText("2 collega's gevonden")).toHaveAttribute('role', 'status');
    const list = screen.getByRole('list', { name: 'Zoekresultaten' });
    expect(
      within(list)
        .getAllByRole('article')
        .map((a) => a.getAttribute('aria-labelledby')),
    ).toHaveLength(2);
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Hilde Prins', 'Jolanda van Essen']);
    expect(screen.getByRole('combobox', { name: 'Waar zoek je hulp bij?' })).toHaveValue(QUESTION);
  });

  it('puts a checked facet value in the URL and shows the new count', async () => {
    const user = userEvent.setup();
    renderPage(`/zoeken?q=${encodeURIComponent(QUESTION)}`, [
      searchMock(QUESTION, {}, aResult([hilde, jolanda], facets)),
      searchMock(
        QUESTION,
        { offers: ['observatie'] },
        aResult([jolanda], [aFacet('offer', [['observatie', 'Observatie in de klas', 1]])]),
      ),
    ]);
    await screen.findByText("2 collega's gevonden");

    // jsdom is narrow: the filters sit behind a button, in a drawer.
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    const drawer = await screen.findByRole('dialog', { name: 'Filters' });
    await user.click(within(drawer).getByRole('checkbox', { name: 'Observatie in de klas (1)' }));

    expect(screen.getByTestId('search').textContent).toBe(
      `?q=${QUESTION.replace(/ /g, '+')}&aanbod=observatie`,
    );
    expect(await screen.findByText('1 collega gevonden')).toBeInTheDocument();
    expect(
      within(drawer).getByRole('checkbox', { name: 'Observatie in de klas (1)' }),
    ).toBeChecked();
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toBeInTheDocument();

    // Unchecking removes it again.
    await user.click(within(drawer).getByRole('checkbox', { name: 'Observatie in de klas (1)' }));
    expect(screen.getByTestId('search').textContent).toBe(`?q=${QUESTION.replace(/ /g, '+')}`);
  });

  it('offers related subtopics and asking the groups when nobody matches', async () => {
    const question = 'wie weet iets van stotterende kleuters';
    renderPage(`/zoeken?q=${encodeURIComponent(question)}`, [
      searchMock(question, {}, aResult([], [])),
      suggestionsMock('stotterende', 4, [['stotteren', 'Stotteren']]),
      suggestionsMock('kleuters', 4, [['spelend-leren', 'Spelend leren en kleuteronderwijs']]),
      suggestionsMock('weet', 4, []),
      suggestionsMock('iets', 4, []),
    ]);

    expect(
      await screen.findByRole('heading', { name: "Geen collega's gevonden" }),
    ).toBeInTheDocument();
    expect(screen.getByText("0 collega's gevonden")).toBeInTheDocument();
    // one suggestions query per content word: the list fills as their answers arrive
    const related = await screen.findByRole('list', { name: 'Verwante onderwerpen' });
    expect(await within(related).findByRole('link', { name: 'Stotteren' })).toHaveAttribute(
      'href',
      '/zoeken?q=Stotteren',
    );
    expect(
      await within(related).findByRole('link', { name: 'Spelend leren en kleuteronderwijs' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Stel je vraag aan de groepen' })).toHaveAttribute(
      'href',
      `/vragen/nieuw?vraag=${encodeURIComponent(question).replace(/%20/g, '+')}`,
    );
  });

  it('shows the api message when the question is refused', async () => {
    const long = 'x'.repeat(1001);
    renderPage(`/zoeken?q=${long}`, [
      {
        request: { query: SearchExpertsQuery, variables: { query: long, filter: {}, first: 10 } },
        result: {
          errors: [
            {
              message: 'Gebruik hoogstens 1000 tekens.',
              extensions: { code: 'BAD_USER_INPUT', field: 'query' },
            },
          ],
        },
      },
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent('Gebruik hoogstens 1000 tekens.');
    expect(
      screen.getByRole('combobox', { name: 'Waar zoek je hulp bij?' }),
    ).toHaveAccessibleDescription(/Gebruik hoogstens 1000 tekens\./);
  });
});
