import '../index';

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { resetI18n } from '../../../test/i18n';
import { renderWithProviders } from '../../../test/render';
import { FollowDomainMutation } from '../graphql/follow';
import { FollowDomainButton } from './FollowDomainButton';

describe('FollowDomainButton', () => {
  beforeEach(async () => {
    await resetI18n();
  });

  it('follows the selected domain and then offers to unfollow it', async () => {
    const user = userEvent.setup();
    const followed = jest.fn();
    renderWithProviders(<FollowDomainButton domain={{ slug: 'taal', label: 'Taal' }} />, {
      mocks: [
        {
          request: { query: FollowDomainMutation, variables: { domain: 'taal', follow: true } },
          result: () => {
            followed();
            return { data: { follow: true } };
          },
        },
      ],
    });

    await user.click(screen.getByRole('button', { name: /^Volg dit domein ?: Taal$/ }));

    expect(
      await screen.findByText('Je volgt Taal. Nieuwe vragen in dit domein komen bij je binnen.'),
    ).toBeInTheDocument();
    expect(followed).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Je volgt dit domein')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Ontvolgen ?: Taal$/ })).toHaveFocus();
  });
});
