import '../index';

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type FormattedExecutionResult, GraphQLError } from 'graphql';

import type { AskQuestionMutationVariables } from '../../../gql/graphql';
import { resetI18n } from '../../../test/i18n';
import { renderWithProviders } from '../../../test/render';
import { AskQuestionMutation } from '../graphql/questionMutations';
import { AskQuestionGroupsQuery } from '../graphql/questionOptions';
import { AskQuestionPage } from './AskQuestionPage';

const TITLE = 'Mijn leerling Daan (groep 5) leest niet';
const BODY = 'Hij is geboren 3-4-2017 en heeft dyslexie.';
const WARNING =
  'Je tekst lijkt een naam van een leerling of een geboortedatum te bevatten. Maak de tekst anoniem (bijvoorbeeld met initialen) of plaats hem toch als er geen leerling in te herkennen is.';
const REFUSAL =
  'Je tekst bevat een burgerservicenummer (BSN). Gegevens waarmee een leerling te herkennen is, mag Deelwijs niet bewaren. Haal het nummer weg en probeer het opnieuw.';

const groupsMock = {
  request: { query: AskQuestionGroupsQuery },
  result: { data: { groups: [] } },
  maxUsageCount: 5,
};

type Result = () => FormattedExecutionResult;

function askMock(results: Result[], sent: AskQuestionMutationVariables[]) {
  return {
    request: {
      query: AskQuestionMutation,
      variables: (variables: AskQuestionMutationVariables) => {
        sent.push(variables);
        return true;
      },
    },
    maxUsageCount: results.length,
    result: () => results[sent.length - 1]!(),
  };
}

const warned: Result = () => ({
  errors: [
    new GraphQLError(WARNING, {
      extensions: {
        code: 'PRIVACY_WARNING',
        field: 'title',
        flags: [
          { field: 'title', start: 14, end: 18, kind: 'PUPIL_NAME' },
          { field: 'body', start: 15, end: 23, kind: 'DATE_OF_BIRTH' },
        ],
      },
    }),
  ],
});

async function fillIn(title: string, body: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByRole('textbox', { name: /Je vraag in één zin/ }), title);
  await user.type(screen.getByRole('textbox', { name: /Toelichting/ }), body);
  await user.click(screen.getByRole('button', { name: 'Vraag plaatsen' }));
  return user;
}

describe('AskQuestionPage and the privacy guard', () => {
  beforeEach(async () => {
    await resetI18n();
  });

  it('shows why a BSN is refused and keeps the question in the form', async () => {
    const sent: AskQuestionMutationVariables[] = [];
    const refused: Result = () => ({
      errors: [
        new GraphQLError(REFUSAL, {
          extensions: { code: 'BAD_USER_INPUT', field: 'body', reason: 'PUPIL_DATA' },
        }),
      ],
    });
    renderWithProviders(<AskQuestionPage />, { mocks: [groupsMock, askMock([refused], sent)] });
    await fillIn('Een leerling die niet leest', 'Zijn BSN is 123456782.');

    const body = screen.getByRole('textbox', { name: /Toelichting/ });
    await waitFor(() =>
      expect(body).toHaveAccessibleDescription(expect.stringContaining('burgerservicenummer')),
    );
    expect(body).toHaveValue('Zijn BSN is 123456782.');
    expect(screen.getByRole('textbox', { name: /Je vraag in één zin/ })).toHaveValue(
      'Een leerling die niet leest',
    );
    expect(screen.queryByRole('button', { name: 'Toch plaatsen' })).not.toBeInTheDocument();
  });

  it('shows a warning with the flagged words; "Toch plaatsen" sends the question again, confirmed', async () => {
    const sent: AskQuestionMutationVariables[] = [];
    const stillWarned: Result = () => ({ errors: [new GraphQLError('Nog een keer.')] });
    renderWithProviders(<AskQuestionPage />, {
      mocks: [groupsMock, askMock([warned, stillWarned], sent)],
    });
    const user = await fillIn(TITLE, BODY);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(WARNING);
    expect(alert).toHaveTextContent('Gemarkeerd: Daan, 3-4-2017');
    expect(sent[0]?.input).not.toHaveProperty('confirmPrivacyWarning');

    await user.click(screen.getByRole('button', { name: 'Toch plaatsen' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]?.input).toEqual({ ...sent[0]?.input, confirmPrivacyWarning: true });
  });

  it('"Anonimiseer" makes title and text anonymous, to check and post again', async () => {
    const sent: AskQuestionMutationVariables[] = [];
    renderWithProviders(<AskQuestionPage />, { mocks: [groupsMock, askMock([warned], sent)] });
    const user = await fillIn(TITLE, BODY);
    await user.click(await screen.findByRole('button', { name: 'Anonimiseer' }));
    expect(screen.getByRole('textbox', { name: /Je vraag in één zin/ })).toHaveValue(
      'Mijn leerling D. (groep 5) leest niet',
    );
    expect(screen.getByRole('textbox', { name: /Toelichting/ })).toHaveValue(
      'Hij is geboren [geboortedatum] en heeft dyslexie.',
    );
    expect(screen.queryByRole('button', { name: 'Toch plaatsen' })).not.toBeInTheDocument();
    expect(sent).toHaveLength(1);
  });
});
