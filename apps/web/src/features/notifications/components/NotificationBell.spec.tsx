import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { resetI18n } from '../../../test/i18n';
import { renderRoutes } from '../../../test/render';
import {
  MarkNotificationsReadMutation,
  MyNotificationsQuery,
  UnreadNotificationCountQuery,
} from '../graphql/notifications';
import { NotificationBell } from '../index';

function countMock(count: number) {
  return {
    request: { query: UnreadNotificationCountQuery },
    result: { data: { unreadNotificationCount: count } },
  };
}

const promoted = {
  __typename: 'Notification' as const,
  id: 'n-1',
  kind: 'event.promoted',
  title: 'Je hebt een plek: Traumasensitief lesgeven',
  body: 'Er kwam een plek vrij en je stond op de wachtlijst. Je bent nu aangemeld.',
  link: '/agenda/event-1',
  read: false,
  createdAt: '2026-03-03T13:05:00.000Z',
};

function listMock(read: boolean) {
  return {
    request: { query: MyNotificationsQuery, variables: { first: 15 } },
    result: {
      data: {
        myNotifications: {
          __typename: 'NotificationPage' as const,
          total: 1,
          unread: read ? 0 : 1,
          nodes: [{ ...promoted, read }],
        },
      },
    },
  };
}

function renderBell(mocks: unknown[]) {
  return renderRoutes(
    [
      { path: '/', element: <NotificationBell /> },
      { path: '/agenda/:id', element: <NotificationBell /> },
    ],
    { mocks: mocks as never },
  );
}

describe('NotificationBell', () => {
  beforeEach(async () => {
    await resetI18n();
  });

  it('shows the unread count in the badge and in the button name', async () => {
    renderBell([countMock(2)]);

    expect(
      await screen.findByRole('button', { name: 'Meldingen, 2 ongelezen' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('notification-count')).toHaveTextContent('2');
  });

  it('shows no badge without unread notifications', async () => {
    renderBell([countMock(0)]);

    expect(await screen.findByRole('button', { name: 'Meldingen' })).toBeInTheDocument();
    expect(screen.queryByTestId('notification-count')).not.toBeInTheDocument();
  });

  it('asks again for the count when the window regains focus', async () => {
    renderBell([countMock(2), countMock(3)]);
    await screen.findByRole('button', { name: 'Meldingen, 2 ongelezen' });

    act(() => {
      window.dispatchEvent(new Event('focus'));
    });

    expect(
      await screen.findByRole('button', { name: 'Meldingen, 3 ongelezen' }),
    ).toBeInTheDocument();
  });

  it('lists notifications and marks them all read', async () => {
    const user = userEvent.setup();
    renderBell([
      countMock(1),
      listMock(false),
      {
        request: { query: MarkNotificationsReadMutation, variables: { input: { all: true } } },
        result: { data: { markNotificationsRead: 0 } },
      },
      listMock(true),
    ]);

    await user.click(await screen.findByRole('button', { name: 'Meldingen, 1 ongelezen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Meldingen' });
    expect(
      await screen.findByText('Je hebt een plek: Traumasensitief lesgeven'),
    ).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Ongelezen:');

    await user.click(screen.getByRole('button', { name: 'Alles gelezen' }));

    await waitFor(() => expect(screen.queryByTestId('notification-count')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Meldingen' })).toBeInTheDocument();
  });

  it('follows the link of a notification', async () => {
    const user = userEvent.setup();
    const { currentLocation } = renderBell([
      countMock(1),
      listMock(false),
      {
        request: { query: MarkNotificationsReadMutation, variables: { input: { ids: ['n-1'] } } },
        result: { data: { markNotificationsRead: 0 } },
      },
      listMock(true),
    ]);

    await user.click(await screen.findByRole('button', { name: 'Meldingen, 1 ongelezen' }));
    await user.click(await screen.findByText('Je hebt een plek: Traumasensitief lesgeven'));

    await waitFor(() => expect(currentLocation().pathname).toBe('/agenda/event-1'));
  });
});
