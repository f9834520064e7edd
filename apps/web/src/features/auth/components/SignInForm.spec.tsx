import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';

import { aCurrentMember } from '../../../test/builders';
import { resetI18n } from '../../../test/i18n';
import { renderWithProviders } from '../../../test/render';
import { LoginMutation } from '../graphql/login';
import { signInErrorKey, SignInForm } from './SignInForm';

const credentials = { email: 'anouk@korenmaat.example', password: 'een-lang-wachtwoord' };

function loginFails(code: string, message = 'Server message') {
  return {
    request: { query: LoginMutation, variables: { input: credentials } },
    result: { errors: [new GraphQLError(message, { extensions: { code } })] },
  };
}

async function fillAndSubmit(email: string, password: string) {
  const user = userEvent.setup();
  if (email) await user.type(screen.getByLabelText(/E-mailadres/), email);
  if (password)
    await user.type(screen.getByLabelText(/^Wachtwoord/, { selector: 'input' }), password);
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
}

describe('SignInForm', () => {
  beforeEach(async () => {
    await resetI18n();
  });

  it('asks for both fields before sending anything', async () => {
    const onSignedIn = jest.fn();
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />);

    await fillAndSubmit('', '');

    expect(await screen.findByText('Vul je e-mailadres in.')).toBeInTheDocument();
    expect(screen.getByText('Vul je wachtwoord in.')).toBeInTheDocument();
    expect(screen.getByLabelText(/E-mailadres/)).toHaveAttribute('aria-invalid', 'true');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('rejects an e-mail address without a domain', async () => {
    renderWithProviders(<SignInForm onSignedIn={jest.fn()} />);

    await fillAndSubmit('anouk@', 'geheim');

    expect(await screen.findByText(/Vul een geldig e-mailadres in/)).toBeInTheDocument();
    expect(screen.queryByText('Vul je wachtwoord in.')).not.toBeInTheDocument();
  });

  it('shows one generic message for wrong credentials and clears the password', async () => {
    renderWithProviders(<SignInForm onSignedIn={jest.fn()} />, {
      mocks: [loginFails('UNAUTHENTICATED', 'Onbekend account')],
    });

    await fillAndSubmit(credentials.email, credentials.password);

    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('E-mailadres of wachtwoord klopt niet.'));
    // The server's own wording (which might reveal too much) is not shown.
    expect(screen.queryByText('Onbekend account')).not.toBeInTheDocument();
    expect(screen.getByLabelText(/^Wachtwoord/, { selector: 'input' })).toHaveValue('');
  });

  it('tells the member to wait after too many attempts', async () => {
    renderWithProviders(<SignInForm onSignedIn={jest.fn()} />, {
      mocks: [loginFails('TOO_MANY_REQUESTS')],
    });

    await fillAndSubmit(credentials.email, credentials.password);

    expect(await screen.findByText(/^Te veel pogingen\./)).toBeInTheDocument();
  });

  it('reports the signed-in member on success', async () => {
    const member = aCurrentMember({ email: credentials.email });
    const onSignedIn = jest.fn();
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />, {
      mocks: [
        {
          request: { query: LoginMutation, variables: { input: credentials } },
          result: { data: { login: member } },
        },
      ],
    });

    await fillAndSubmit(`  ${credentials.email} `, credentials.password);

    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(onSignedIn.mock.calls[0][0]).toMatchObject({ id: 'member-1', name: 'Anouk de Vries' });
  });
});

describe('signInErrorKey', () => {
  it.each([
    ['UNAUTHENTICATED', 'auth.signIn.wrongCredentials'],
    ['BAD_USER_INPUT', 'auth.signIn.wrongCredentials'],
    ['TOO_MANY_REQUESTS', 'auth.signIn.tooManyAttempts'],
    ['SOMETHING_ELSE', 'errors.unknown'],
  ])('maps %s to %s', (code, key) => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'x', extensions: { code } }],
    });
    expect(signInErrorKey(error)).toBe(key);
  });

  it('maps a failed connection to the network message', () => {
    expect(signInErrorKey(new TypeError('Failed to fetch'))).toBe('errors.network');
  });
});
