import '../index';

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { GroupSummaryFieldsFragment } from '../../../gql/graphql';
import { resetI18n } from '../../../test/i18n';
import { renderWithProviders } from '../../../test/render';
import { JoinGroupMutation } from '../graphql/membership';
import { JoinButton } from './JoinButton';

type Visibility = GroupSummaryFieldsFragment['visibility'];
type Status = NonNullable<GroupSummaryFieldsFragment['myMembership']>['status'];

function aGroup(
  visibility: Visibility,
  status: Status | null = null,
  role: 'ADMIN' | 'MEMBER' = 'MEMBER',
) {
  return {
    __typename: 'Group' as const,
    id: 'group-1',
    slug: 'jonge-kind',
    name: 'Jonge kind',
    description: 'Over kleuters',
    kind: 'THEME' as const,
    visibility,
    memberCount: 12,
    canSeeContent: visibility === 'OPEN' || status === 'ACTIVE',
    isGroupAdmin: role === 'ADMIN' && status === 'ACTIVE',
    myMembership: status
      ? { __typename: 'GroupMembership' as const, id: 'gm-1', status, role }
      : null,
  };
}

function joinMock(group: ReturnType<typeof aGroup>, next: Status, onCall = jest.fn()) {
  return {
    request: { query: JoinGroupMutation, variables: { input: { groupId: group.id } } },
    result: () => {
      onCall();
      const myMembership = {
        __typename: 'GroupMembership' as const,
        id: 'gm-1',
        status: next,
        role: 'MEMBER' as const,
      };
      return {
        data: {
          joinGroup: {
            ...myMembership,
            group: {
              ...group,
              myMembership,
              memberCount: group.memberCount + (next === 'ACTIVE' ? 1 : 0),
            },
          },
        },
      };
    },
  };
}

describe('JoinButton', () => {
  beforeEach(async () => {
    await resetI18n();
  });

  it.each([
    ['OPEN', 'Lid worden'],
    ['ON_REQUEST', 'Lidmaatschap aanvragen'],
  ] as const)('offers a %s group to a non-member as "%s"', (visibility, label) => {
    renderWithProviders(<JoinButton group={aGroup(visibility)} />);
    expect(
      screen.getByRole('button', { name: new RegExp(`^${label}\\W+Jonge kind$`) }),
    ).toBeInTheDocument();
  });

  it('shows no button for a CLOSED group without invitation', () => {
    renderWithProviders(<JoinButton group={aGroup('CLOSED')} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText('Alleen op uitnodiging')).toBeInTheDocument();
  });

  it('lets an invited member accept the invitation of a CLOSED group', () => {
    renderWithProviders(<JoinButton group={aGroup('CLOSED', 'INVITED')} />);
    expect(
      screen.getByRole('button', { name: /^Uitnodiging aannemen\W+Jonge kind$/ }),
    ).toBeInTheDocument();
  });

  it.each([
    ['ACTIVE', 'MEMBER', 'Lid'],
    ['ACTIVE', 'ADMIN', 'Beheerder'],
    ['PENDING', 'MEMBER', 'Aanvraag verstuurd'],
  ] as const)('shows status %s (%s) as "%s" without a button', (status, role, text) => {
    renderWithProviders(<JoinButton group={aGroup('ON_REQUEST', status, role)} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('joins an OPEN group and then shows membership', async () => {
    const user = userEvent.setup();
    const called = jest.fn();
    const group = aGroup('OPEN');
    renderWithProviders(<JoinButton group={group} />, {
      mocks: [joinMock(group, 'ACTIVE', called)],
    });

    await user.click(screen.getByRole('button', { name: /^Lid worden\W+Jonge kind$/ }));

    await waitFor(() => expect(called).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Je bent lid van Jonge kind.')).toBeInTheDocument();
  });

  it('requests membership of an ON_REQUEST group', async () => {
    const user = userEvent.setup();
    const group = aGroup('ON_REQUEST');
    renderWithProviders(<JoinButton group={group} />, { mocks: [joinMock(group, 'PENDING')] });

    await user.click(screen.getByRole('button', { name: /^Lidmaatschap aanvragen\W+Jonge kind$/ }));

    expect(
      await screen.findByText('Je aanvraag voor Jonge kind is verstuurd naar de beheerders.'),
    ).toBeInTheDocument();
  });
});
