import '../index';

import { screen } from '@testing-library/react';

import type { AnswerFieldsFragment } from '../../../gql/graphql';
import { resetI18n } from '../../../test/i18n';
import { renderWithProviders } from '../../../test/render';
import { AnswerCard } from './AnswerCard';

function anAnswer(overrides: Partial<AnswerFieldsFragment> = {}) {
  return {
    __typename: 'Answer' as const,
    id: 'answer-1',
    body: '<p>Probeer eens <strong>non-verbale</strong> opdrachten.</p>',
    helpfulCount: 2,
    accepted: false,
    votedHelpful: false,
    hidden: false,
    isMine: false,
    createdAt: '2026-03-03T13:05:00.000Z',
    updatedAt: '2026-03-03T13:05:00.000Z',
    author: {
      __typename: 'Member' as const,
      id: 'member-2',
      name: 'Hilde Prins',
      former: false,
      roleLabel: 'Intern begeleider',
      school: { __typename: 'School' as const, id: 's1', name: 'OBS De Regenboog' },
    },
    ...overrides,
  };
}

const accept = { name: 'Accepteer dit antwoord' };

describe('AnswerCard', () => {
  beforeEach(async () => {
    await resetI18n();
  });

  it('offers "Accepteer dit antwoord" when you may accept', () => {
    renderWithProviders(
      <AnswerCard answer={anAnswer()} canAccept isModerator={false} onReport={jest.fn()} />,
    );
    expect(screen.getByRole('button', accept)).toBeInTheDocument();
    expect(screen.getByText('non-verbale').tagName).toBe('STRONG');
  });

  it('names a former member without a link to a profile that no longer exists', () => {
    const answer = anAnswer();
    renderWithProviders(
      <AnswerCard
        answer={{ ...answer, author: { ...answer.author, former: true, school: null } }}
        canAccept={false}
        isModerator={false}
        onReport={jest.fn()}
      />,
    );
    expect(screen.getByText('Hilde Prins (oud-lid)')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Hilde Prins/ })).not.toBeInTheDocument();
  });

  it('hides the accept button from others', () => {
    renderWithProviders(
      <AnswerCard answer={anAnswer()} canAccept={false} isModerator={false} onReport={jest.fn()} />,
    );
    expect(screen.queryByRole('button', accept)).not.toBeInTheDocument();
  });

  it('marks the accepted answer instead of offering to accept it again', () => {
    renderWithProviders(
      <AnswerCard
        answer={anAnswer({ accepted: true })}
        canAccept
        isModerator={false}
        onReport={jest.fn()}
      />,
    );
    expect(screen.queryByRole('button', accept)).not.toBeInTheDocument();
    expect(screen.getByText('Geaccepteerd antwoord')).toBeInTheDocument();
  });

  it('shows the helpful toggle with its state', () => {
    renderWithProviders(
      <AnswerCard
        answer={anAnswer({ votedHelpful: true, helpfulCount: 3 })}
        canAccept={false}
        isModerator={false}
        onReport={jest.fn()}
      />,
    );
    expect(screen.getByRole('button', { name: 'Nuttig (3)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
