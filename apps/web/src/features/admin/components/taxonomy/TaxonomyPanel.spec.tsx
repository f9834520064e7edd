import '../../index';

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';

import { resetI18n } from '../../../../test/i18n';
import { renderWithProviders } from '../../../../test/render';
import {
  AddSubtopicMutation,
  AdminTaxonomyQuery,
  SetSubtopicRetiredMutation,
} from '../../graphql/taxonomy';
import { TaxonomyPanel } from './TaxonomyPanel';

function aSubtopic(slug: string, labelNl: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Subtopic' as const,
    slug,
    domainSlug: 'taal',
    label: labelNl,
    labelNl,
    labelEn: labelNl,
    synonyms: [] as string[],
    retired: false,
    ...overrides,
  };
}

const spelling = aSubtopic('spelling', 'Spelling', { labelEn: 'Spelling', synonyms: ['dictee'] });
const lezen = aSubtopic('begrijpend-lezen', 'Begrijpend lezen', {
  labelEn: 'Reading comprehension',
});

const taxonomyMock = {
  request: { query: AdminTaxonomyQuery },
  result: {
    data: {
      taxonomy: [
        {
          __typename: 'Domain' as const,
          slug: 'taal',
          label: 'Taal',
          labelNl: 'Taal',
          labelEn: 'Language',
          subtopics: [spelling, lezen],
        },
        {
          __typename: 'Domain' as const,
          slug: 'rekenen',
          label: 'Rekenen',
          labelNl: 'Rekenen',
          labelEn: 'Maths',
          subtopics: [],
        },
      ],
    },
  },
};

async function openDomain(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(await screen.findByRole('button', { name: new RegExp(`^${name}`) }));
  return screen.findByRole('list', { name: `Subonderwerpen van ${name}` });
}

describe('TaxonomyPanel', () => {
  beforeEach(async () => {
    await resetI18n();
  });

  it('adds a subtopic to a domain and shows it in the list', async () => {
    const user = userEvent.setup();
    const added = aSubtopic('technisch-lezen', 'Technisch lezen', {
      labelEn: 'Decoding',
      synonyms: ['avi', 'dmt'],
    });
    renderWithProviders(<TaxonomyPanel />, {
      mocks: [
        taxonomyMock,
        {
          request: {
            query: AddSubtopicMutation,
            variables: {
              input: {
                domain: 'taal',
                labelNl: 'Technisch lezen',
                labelEn: 'Decoding',
                synonyms: ['avi', 'dmt'],
              },
            },
          },
          result: { data: { addSubtopic: added } },
        },
      ],
    });

    const list = await openDomain(user, 'Taal');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Subonderwerp toevoegen aan Taal' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Subonderwerp toevoegen aan Taal',
    });

    // Without a Dutch name, the form says so next to the field.
    await user.click(within(dialog).getByRole('button', { name: 'Toevoegen' }));
    expect(await within(dialog).findByText('Vul een Nederlandse naam in.')).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText(/Naam \(Nederlands\)/), 'Technisch lezen');
    await user.type(within(dialog).getByLabelText(/Naam \(Engels\)/), 'Decoding');
    await user.type(within(dialog).getByRole('combobox', { name: 'Synoniemen' }), 'avi{Enter}dmt,');
    await user.click(within(dialog).getByRole('button', { name: 'Toevoegen' }));

    expect(await screen.findByText('Technisch lezen is toegevoegd aan Taal.')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: /toevoegen aan Taal/ })).not.toBeInTheDocument(),
    );
    const items = within(
      screen.getByRole('list', { name: 'Subonderwerpen van Taal' }),
    ).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[2]).toHaveTextContent('Technisch lezen');
    expect(items[2]).toHaveTextContent('Decoding');
    expect(items[2]).toHaveTextContent('Synoniemen: avi, dmt');
  });

  it('shows the server’s message next to the field it is about', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TaxonomyPanel />, {
      mocks: [
        taxonomyMock,
        {
          request: {
            query: AddSubtopicMutation,
            variables: { input: { domain: 'taal', labelNl: 'spelling', synonyms: [] } },
          },
          result: {
            errors: [
              new GraphQLError('Dit domein heeft al een subonderwerp met deze naam.', {
                extensions: { code: 'BAD_USER_INPUT', field: 'labelNl' },
              }),
            ],
          },
        },
      ],
    });
    await openDomain(user, 'Taal');
    await user.click(screen.getByRole('button', { name: 'Subonderwerp toevoegen aan Taal' }));
    const dialog = await screen.findByRole('dialog', { name: 'Subonderwerp toevoegen aan Taal' });
    await user.type(within(dialog).getByLabelText(/Naam \(Nederlands\)/), 'spelling');
    await user.click(within(dialog).getByRole('button', { name: 'Toevoegen' }));

    const field = within(dialog).getByLabelText(/Naam \(Nederlands\)/);
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(
        'Dit domein heeft al een subonderwerp met deze naam.',
      ),
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });

  it('retires a subtopic after explaining what that means, and shows it greyed with a badge', async () => {
    const user = userEvent.setup();
    const retire = jest.fn();
    renderWithProviders(<TaxonomyPanel />, {
      mocks: [
        taxonomyMock,
        {
          request: {
            query: SetSubtopicRetiredMutation,
            variables: { input: { slug: 'spelling', retired: true } },
          },
          result: () => {
            retire();
            return { data: { setSubtopicRetired: { ...spelling, retired: true } } };
          },
        },
      ],
    });

    const list = await openDomain(user, 'Taal');
    await user.click(within(list).getByRole('button', { name: /^Intrekken ?: Spelling$/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Spelling intrekken?' });
    expect(dialog).toHaveTextContent(
      'Een ingetrokken subonderwerp blijft op bestaande profielen staan, maar wordt niet meer aangeboden.',
    );
    expect(retire).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Intrekken' }));

    expect(await screen.findByText('Spelling is ingetrokken.')).toBeInTheDocument();
    expect(retire).toHaveBeenCalledTimes(1);
    const item = within(list).getByText('Spelling').closest('li');
    expect(item).toHaveAttribute('data-retired', 'true');
    expect(within(item as HTMLElement).getByText('Ingetrokken')).toBeInTheDocument();
    expect(
      within(item as HTMLElement).getByRole('button', { name: /^Terugzetten ?: Spelling$/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('1 ingetrokken')).toBeInTheDocument();
  });

  it('says so when a domain has no subtopics yet', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TaxonomyPanel />, { mocks: [taxonomyMock] });
    await user.click(await screen.findByRole('button', { name: /^Rekenen/ }));
    expect(
      await screen.findByText('Dit domein heeft nog geen subonderwerpen.'),
    ).toBeInTheDocument();
  });
});
