import '../index';

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { resetI18n } from '../../../test/i18n';
import { renderWithProviders } from '../../../test/render';
import { FollowGroupMutation } from '../graphql/follow';
import { FollowGroupButton } from './FollowGroupButton';

const group = { id: 'group-1', name: 'Jonge kind' };

function followMock(follow: boolean, onCall = jest.fn()) {
  return {
    request: { query: FollowGroupMutation, variables: { groupId: group.id, follow } },
    result: () => {
      onCall();
      return { data: { follow: true } };
    },
  };
}

describe('FollowGroupButton', () => {
  beforeEach(async () => {
    await resetI18n();
  });

  it('follows the group, says so, and can stop following again', async () => {
    const user = userEvent.setup();
    const followed = jest.fn();
    const unfollowed = jest.fn();
    renderWithProviders(<FollowGroupButton group={group} />, {
      mocks: [followMock(true, followed), followMock(false, unfollowed)],
    });

    await user.click(screen.getByRole('button', { name: 'Volg nieuwe vragen in deze groep' }));

    expect(
      await screen.findByText(
        'Je volgt Jonge kind. Nieuwe vragen in deze groep komen bij je binnen.',
      ),
    ).toBeInTheDocument();
    expect(followed).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Je volgt deze groep')).toBeInTheDocument();
    const unfollow = screen.getByRole('button', { name: /^Ontvolgen ?: Jonge kind$/ });
    // Keyboard users stay on the toggle.
    expect(unfollow).toHaveFocus();

    await user.keyboard('{Enter}');

    expect(await screen.findByText('Je volgt Jonge kind niet meer.')).toBeInTheDocument();
    expect(unfollowed).toHaveBeenCalledTimes(1);
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Volg nieuwe vragen in deze groep' }),
      ).toHaveFocus(),
    );
  });

  it('keeps the action when following fails and shows why', async () => {
    const user = userEvent.setup();
    renderWithProviders(<FollowGroupButton group={group} />, {
      mocks: [
        {
          request: { query: FollowGroupMutation, variables: { groupId: group.id, follow: true } },
          error: new Error('offline'),
        },
      ],
    });

    await user.click(screen.getByRole('button', { name: 'Volg nieuwe vragen in deze groep' }));

    expect(await screen.findByText('offline')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Volg nieuwe vragen in deze groep' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Je volgt deze groep')).not.toBeInTheDocument();
  });
});
