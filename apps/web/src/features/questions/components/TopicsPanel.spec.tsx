import '../index';

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { resetI18n } from '../../../test/i18n';
import { renderWithProviders } from '../../../test/render';
import { SetQuestionTopicsMutation } from '../graphql/questionMutations';
import { TopicsPanel, type TopicsPanelProps } from './TopicsPanel';

const suggestion = (slug: string, label: string) => ({
  __typename: 'Subtopic' as const,
  slug,
  label,
});

function aThread(overrides: Partial<TopicsPanelProps['thread']> = {}): TopicsPanelProps['thread'] {
  return {
    id: 'thread-1',
    isMine: true,
    domains: [],
    subtopics: [],
    topicsCorrected: false,
    topicsConfident: false,
    topicSuggestions: [
      suggestion('selectief-mutisme', 'Selectief mutisme'),
      suggestion('angst-somberheid', 'Angst en somberheid'),
    ],
    ...overrides,
  };
}

describe('TopicsPanel', () => {
  beforeEach(async () => {
    await resetI18n();
  });

  it('asks the asker to choose a topic when Deelwijs is not sure, and sets the one clicked', async () => {
    const mocks = [
      {
        request: {
          query: SetQuestionTopicsMutation,
          variables: {
            input: { threadId: 'thread-1', subtopics: ['selectief-mutisme'], domains: [] },
          },
        },
        result: { errors: [{ message: 'Deze vraag is niet gevonden.' }] },
      },
    ];
    renderWithProviders(<TopicsPanel thread={aThread()} />, { mocks });
    expect(screen.getByRole('heading', { name: 'Onderwerp kiezen' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Misschien gaat je vraag over:' });
    expect(list).toHaveTextContent('Selectief mutisme');
    expect(screen.getByRole('button', { name: 'Ander onderwerp…' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Selectief mutisme' }));
    // The mock only answers the exact variables: the message proves the mutation went out.
    expect(await screen.findByText('Deze vraag is niet gevonden.')).toBeInTheDocument();
  });

  it('tells others that no topic has been chosen yet', () => {
    renderWithProviders(<TopicsPanel thread={aThread({ isMine: false })} />);
    expect(screen.getByRole('heading', { name: 'Onderwerpen' })).toBeInTheDocument();
    expect(screen.getByText('Nog geen onderwerp gekozen.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Selectief mutisme' })).not.toBeInTheDocument();
  });

  it('shows confident topics as before', () => {
    renderWithProviders(
      <TopicsPanel
        thread={aThread({
          topicsConfident: true,
          subtopics: [{ ...suggestion('dyslexie', 'Dyslexie'), domainSlug: 'taal-lezen' }],
          topicSuggestions: [],
        })}
      />,
    );
    expect(screen.getByText('Dyslexie')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Onderwerp kiezen' })).not.toBeInTheDocument();
  });
});
