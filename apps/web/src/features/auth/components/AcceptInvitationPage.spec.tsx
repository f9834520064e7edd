import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';

import { aCurrentMember } from '../../../test/builders';
import { resetI18n } from '../../../test/i18n';
import { type RenderOptions, renderWithProviders } from '../../../test/render';
import { AcceptInvitationMutation } from '../graphql/acceptInvitation';
import { InvitationInfoQuery } from '../graphql/invitationInfo';
import { AcceptInvitationPage } from './AcceptInvitationPage';

const TOKEN = 'tok-123';

function invitationMock(invitation: { name: string; email: string } | null) {
  return {
    request: { query: InvitationInfoQuery, variables: { token: TOKEN } },
    result: {
      data: { invitation: invitation && { __typename: 'InvitationInfo' as const, ...invitation } },
    },
  };
}

function renderPage(mocks: RenderOptions['mocks']) {
  return renderWithProviders(
    <Routes>
      <Route path="/uitnodiging/:token" element={<AcceptInvitationPage />} />
      <Route path="/" element={<p>Startpagina</p>} />
    </Routes>,
    { route: `/uitnodiging/${TOKEN}`, mocks },
  );
}

async function choosePassword(password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/^Nieuw wachtwoord/, { selector: 'input' }), password);
  await user.type(
    screen.getByLabelText(/^Herhaal nieuw wachtwoord/, { selector: 'input' }),
    password,
  );
  await user.click(screen.getByRole('button', { name: 'Account activeren' }));
}

describe('AcceptInvitationPage', () => {
  beforeEach(async () => {
    await resetI18n();
  });

  it('welcomes the invited colleague by name', async () => {
    renderPage([invitationMock({ name: 'Fatima El Amrani', email: 'ib@deelwijs.example' })]);

    expect(
      await screen.findByRole('heading', { name: 'Welkom, Fatima El Amrani' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/met het e-mailadres ib@deelwijs\.example/)).toBeInTheDocument();
  });

  it('explains an invalid or expired invitation', async () => {
    renderPage([invitationMock(null)]);

    expect(
      await screen.findByRole('heading', { name: 'Uitnodiging niet geldig' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/ongeldig, al gebruikt of verlopen/);
  });

  it('checks the length before asking the server', async () => {
    renderPage([invitationMock({ name: 'Fatima El Amrani', email: 'ib@deelwijs.example' })]);
    await screen.findByRole('heading', { name: 'Welkom, Fatima El Amrani' });

    await choosePassword('te-kort');

    expect(await screen.findByText('Gebruik minstens 12 tekens.')).toBeInTheDocument();
  });

  it("shows the server's reason next to the password field", async () => {
    const password = 'welkom123456';
    renderPage([
      invitationMock({ name: 'Fatima El Amrani', email: 'ib@deelwijs.example' }),
      {
        request: {
          query: AcceptInvitationMutation,
          variables: { input: { token: TOKEN, password } },
        },
        result: {
          errors: [
            new GraphQLError('Dit wachtwoord wordt te vaak gebruikt. Kies een ander.', {
              extensions: { code: 'BAD_USER_INPUT', field: 'password' },
            }),
          ],
        },
      },
    ]);
    await screen.findByRole('heading', { name: 'Welkom, Fatima El Amrani' });

    await choosePassword(password);

    const field = screen.getByLabelText(/^Nieuw wachtwoord/, { selector: 'input' });
    await screen.findByText('Dit wachtwoord wordt te vaak gebruikt. Kies een ander.');
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining('Dit wachtwoord wordt te vaak gebruikt. Kies een ander.'),
    );
  });

  it('signs the new member in and goes to the home page', async () => {
    const password = 'mijn-eigen-zin-van-woorden';
    renderPage([
      invitationMock({ name: 'Fatima El Amrani', email: 'ib@deelwijs.example' }),
      {
        request: {
          query: AcceptInvitationMutation,
          variables: { input: { token: TOKEN, password } },
        },
        result: { data: { acceptInvitation: aCurrentMember({ name: 'Fatima El Amrani' }) } },
      },
    ]);
    await screen.findByRole('heading', { name: 'Welkom, Fatima El Amrani' });

    await choosePassword(password);

    expect(await screen.findByText('Startpagina')).toBeInTheDocument();
  });
});
