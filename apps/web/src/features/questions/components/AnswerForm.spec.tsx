import '../index';

import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { resetI18n } from '../../../test/i18n';
import { renderWithProviders } from '../../../test/render';
import { AnswerForm } from './AnswerForm';

const apiError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });

const WARNING = 'Je tekst lijkt een naam van een leerling te bevatten.';
const REFUSAL =
  'Je tekst bevat een burgerservicenummer (BSN). Haal het nummer weg en probeer het opnieuw.';

function renderForm(onSubmit: jest.Mock) {
  renderWithProviders(
    <AnswerForm label="Antwoord" submitLabel="Antwoord plaatsen" onSubmit={onSubmit} />,
  );
  return screen.getByRole('textbox', { name: 'Antwoord' });
}

describe('AnswerForm and the privacy guard', () => {
  beforeEach(async () => {
    await resetI18n();
  });

  it('shows a refusal next to the text and keeps the text', async () => {
    const user = userEvent.setup();
    const onSubmit = jest
      .fn()
      .mockRejectedValue(
        apiError(REFUSAL, { code: 'BAD_USER_INPUT', field: 'body', reason: 'PUPIL_DATA' }),
      );
    const editor = renderForm(onSubmit);
    await user.type(editor, 'Het BSN is 123456782.');
    await user.click(screen.getByRole('button', { name: 'Antwoord plaatsen' }));

    await waitFor(() =>
      expect(editor).toHaveAccessibleDescription(expect.stringContaining('burgerservicenummer')),
    );
    expect(editor).toHaveValue('Het BSN is 123456782.');
    expect(screen.queryByRole('button', { name: 'Toch plaatsen' })).not.toBeInTheDocument();
  });

  it('shows the flagged words of a warning and posts anyway with confirmPrivacyWarning', async () => {
    const user = userEvent.setup();
    // The api's offsets point into the plain text: the paragraphs on their own lines.
    const plain = 'Goede vraag.\nMijn leerling Daan (groep 5) had dat ook.';
    const start = plain.indexOf('Daan');
    const onSubmit = jest
      .fn()
      .mockRejectedValueOnce(
        apiError(WARNING, {
          code: 'PRIVACY_WARNING',
          field: 'body',
          flags: [{ field: 'body', start, end: start + 4, kind: 'PUPIL_NAME' }],
        }),
      )
      .mockResolvedValueOnce({});
    const editor = renderForm(onSubmit);
    await user.type(editor, 'Goede vraag.{enter}{enter}Mijn leerling Daan (groep 5) had dat ook.');
    await user.click(screen.getByRole('button', { name: 'Antwoord plaatsen' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(WARNING);
    expect(alert).toHaveTextContent('Gemarkeerd: Daan');
    expect(editor).toHaveValue('Goede vraag.\n\nMijn leerling Daan (groep 5) had dat ook.');
    expect(onSubmit.mock.calls[0][1]).toEqual({});

    await user.click(screen.getByRole('button', { name: 'Toch plaatsen' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2));
    expect(onSubmit.mock.calls[1]).toEqual([
      '<p>Goede vraag.</p><p>Mijn leerling Daan (groep 5) had dat ook.</p>',
      { confirmPrivacyWarning: true },
    ]);
    await waitFor(() => expect(editor).toHaveValue(''));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('"Anonimiseer" replaces the name by initials and leaves the text to post again', async () => {
    const user = userEvent.setup();
    const text = 'Mijn leerling Daan de Vries (groep 5), geboren 3-4-2017, leest niet.';
    const onSubmit = jest.fn().mockRejectedValue(
      apiError(WARNING, {
        code: 'PRIVACY_WARNING',
        flags: [{ field: 'body', start: 14, end: 27, kind: 'PUPIL_NAME' }],
      }),
    );
    const editor = renderForm(onSubmit);
    await user.type(editor, text);
    await user.click(screen.getByRole('button', { name: 'Antwoord plaatsen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Gemarkeerd: Daan de Vries');

    await user.click(screen.getByRole('button', { name: 'Anonimiseer' }));
    expect(editor).toHaveValue(
      'Mijn leerling D.V. (groep 5), geboren [geboortedatum], leest niet.',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
