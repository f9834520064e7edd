import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';

import type { UpdateMyProfileMutationVariables } from '../../../gql/graphql';
import { resetI18n } from '../../../test/i18n';
import { renderWithProviders } from '../../../test/render';
import { ProfileEditorPage } from '..';
import { MyProfileQuery } from '../graphql/myProfile';
import { ProfileOptionsQuery } from '../graphql/profileOptions';
import { UpdateMyProfileMutation } from '../graphql/updateMyProfile';
import { aProfile, profileOptions } from '../lib/testData';

const me = (profile: unknown) => ({
  __typename: 'Member' as const,
  id: 'member-1',
  name: 'Sanne de Boer',
  profile,
});

const baseMocks = [
  { request: { query: MyProfileQuery }, result: { data: { me: me(null) } } },
  { request: { query: ProfileOptionsQuery }, result: { data: profileOptions() } },
];

// A full Mantine form with typing is slow in jsdom.
jest.setTimeout(30_000);

describe('ProfileEditorPage', () => {
  beforeEach(async () => {
    await resetI18n();
  });

  it('finds a subtopic by a synonym and fills in its domain', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ProfileEditorPage />, { mocks: baseMocks });

    await user.click(await screen.findByRole('button', { name: 'Expertise toevoegen' }));
    const picker = screen.getByLabelText('Onderwerpen', { selector: 'input' });
    await user.type(picker, 'dyslectie');

    const option = await screen.findByRole('option', {
      name: /dyslectie\s*→\s*Dyslexie en leesproblemen/,
    });
    await user.click(option);

    const entry = screen.getByRole('region', { name: /^Expertise 1/ });
    expect(entry).toHaveAccessibleName('Expertise 1: Taal, lezen en spelling');
    expect(within(entry).getByLabelText(/^Domein/, { selector: 'input' })).toHaveValue(
      'Taal, lezen en spelling',
    );
    expect(within(entry).getByText('Dyslexie en leesproblemen')).toBeInTheDocument();
  });

  it('shows the api messages next to their fields, then saves', async () => {
    const user = userEvent.setup();
    const sent: UpdateMyProfileMutationVariables[] = [];
    let attempt = 0;
    const saved = aProfile({ headline: 'Taalspecialist', bio: 'Nieuw.', tags: [] });
    renderWithProviders(<ProfileEditorPage />, {
      mocks: [
        ...baseMocks,
        {
          request: {
            query: UpdateMyProfileMutation,
            variables: (variables: UpdateMyProfileMutationVariables) => {
              sent.push(variables);
              return true;
            },
          },
          maxUsageCount: 2,
          result: () => {
            attempt += 1;
            if (attempt === 1) {
              return {
                errors: [
                  new GraphQLError('Gebruik hoogstens 2000 tekens.', {
                    extensions: {
                      code: 'BAD_USER_INPUT',
                      field: 'bio',
                      errors: [
                        { field: 'bio', message: 'Gebruik hoogstens 2000 tekens.' },
                        { field: 'tags.0', message: 'Gebruik hoogstens 40 tekens.' },
                      ],
                    },
                  }),
                ],
              };
            }
            return { data: { updateMyProfile: me(saved) } };
          },
        },
      ],
    });

    const save = await screen.findByRole('button', { name: 'Opslaan' });
    expect(save).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'Kopregel' }), 'Taalspecialist');
    await user.type(screen.getByRole('textbox', { name: 'Over mij' }), 'Nieuw.');
    expect(
      screen.getByText('Je hebt wijzigingen die nog niet zijn opgeslagen.'),
    ).toBeInTheDocument();
    await user.click(save);

    const bio = screen.getByRole('textbox', { name: 'Over mij' });
    await waitFor(() =>
      expect(bio).toHaveAccessibleDescription(
        expect.stringContaining('Gebruik hoogstens 2000 tekens.'),
      ),
    );
    expect(bio).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Gebruik hoogstens 40 tekens.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Je profiel is nog niet opgeslagen');
    await waitFor(() => expect(bio).toHaveFocus());
    expect(sent[0]?.input).toMatchObject({ headline: 'Taalspecialist', bio: 'Nieuw.' });

    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText(/^Opgeslagen om \d{2}:\d{2}$/)).toBeInTheDocument();
    expect(await screen.findByText('Je profiel is opgeslagen.')).toBeInTheDocument();
    expect(screen.queryByText('Je profiel is nog niet opgeslagen')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Opslaan' })).toBeDisabled();
  });

  it('asks for a domain before sending', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ProfileEditorPage />, { mocks: baseMocks });

    await user.click(await screen.findByRole('button', { name: 'Expertise toevoegen' }));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const domain = screen.getByLabelText(/^Domein/, { selector: 'input' });
    expect(domain).toHaveAccessibleDescription(expect.stringContaining('Kies een domein.'));
    await waitFor(() => expect(domain).toHaveFocus());
  });
});
