import { notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';

import type { EventDetailFieldsFragment } from '../../../gql/graphql';
import { resetI18n } from '../../../test/i18n';
import { renderRoutes } from '../../../test/render';
import { CancelRegistrationMutation } from '../graphql/cancelRegistration';
import { EventDetailQuery } from '../graphql/eventDetail';
import { RegisterForEventMutation } from '../graphql/registerForEvent';
import { EventPage } from '../index';

const IN_A_WEEK = new Date(Date.now() + 7 * 86400_000).toISOString();
const IN_A_WEEK_END = new Date(Date.now() + 7 * 86400_000 + 2 * 3600_000).toISOString();

type Registration = NonNullable<EventDetailFieldsFragment['myRegistration']>;

function aRegistration(status: Registration['status'], position: number | null = null) {
  return { __typename: 'Registration' as const, id: 'reg-1', status, position };
}

function anEvent(overrides: Partial<EventDetailFieldsFragment> = {}) {
  return {
    __typename: 'Event' as const,
    id: 'event-1',
    type: 'TRAINING' as const,
    title: 'Traumasensitief lesgeven',
    description: 'Eerste regel\nTweede regel <b>geen html</b>',
    startsAt: IN_A_WEEK,
    endsAt: IN_A_WEEK_END,
    location: 'OBS De Regenboog, Ede',
    onlineUrl: null,
    capacity: 20,
    status: 'PUBLISHED' as const,
    confirmedCount: 17,
    waitlistCount: 0,
    seatsLeft: 3,
    myRegistration: null,
    domains: [{ __typename: 'Domain' as const, slug: 'gedrag', label: 'Gedrag' }],
    signupDeadline: null,
    cancellationDeadline: null,
    canManage: false,
    organiser: { __typename: 'Member' as const, id: 'member-9', name: 'Sanne Bakker' },
    ...overrides,
  };
}

function detailMock(event: ReturnType<typeof anEvent>) {
  return {
    request: { query: EventDetailQuery, variables: { id: 'event-1' } },
    result: { data: { event } },
  };
}

function registrationResult(
  mutation: 'registerForEvent' | 'cancelRegistration',
  registration: Registration,
  counts: { confirmedCount: number; waitlistCount: number; seatsLeft: number | null },
) {
  return {
    data: {
      [mutation]: {
        ...registration,
        event: {
          __typename: 'Event' as const,
          id: 'event-1',
          ...counts,
          myRegistration: registration,
        },
      },
    },
  };
}

const input = { input: { eventId: 'event-1' } };

function renderEvent(mocks: unknown[]) {
  return renderRoutes([{ path: '/agenda/:id', element: <EventPage /> }], {
    route: '/agenda/event-1',
    mocks: mocks as never,
  });
}

describe('EventPage registration button', () => {
  beforeEach(async () => {
    await resetI18n();
    notifications.clean();
  });

  it('signs up when there are seats, then offers "Afmelden"', async () => {
    const user = userEvent.setup();
    renderEvent([
      detailMock(anEvent()),
      {
        request: { query: RegisterForEventMutation, variables: input },
        result: registrationResult('registerForEvent', aRegistration('CONFIRMED'), {
          confirmedCount: 18,
          waitlistCount: 0,
          seatsLeft: 2,
        }),
      },
    ]);

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Traumasensitief lesgeven',
    );
    expect(screen.getByText('Nog 3 plekken')).toBeInTheDocument();
    // The description is text: line breaks kept, markup shown as typed.
    expect(screen.getByText(/Tweede regel <b>geen html<\/b>/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voeg toe aan agenda' })).toHaveAttribute(
      'href',
      '/calendar/events/event-1.ics',
    );

    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));

    expect(await screen.findByText('Je bent aangemeld')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Afmelden' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Aanmelden' })).not.toBeInTheDocument();
    expect(screen.getByText('Nog 2 plekken')).toBeInTheDocument();
  });

  it('asks for confirmation before cancelling a confirmed sign-up', async () => {
    const user = userEvent.setup();
    const cancelled = jest.fn();
    renderEvent([
      detailMock(anEvent({ myRegistration: aRegistration('CONFIRMED') })),
      {
        request: { query: CancelRegistrationMutation, variables: input },
        result: () => {
          cancelled();
          return registrationResult('cancelRegistration', aRegistration('CANCELLED'), {
            confirmedCount: 16,
            waitlistCount: 0,
            seatsLeft: 4,
          });
        },
      },
    ]);

    expect(await screen.findByText('Je bent aangemeld')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Afmelden' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Afmelden voor Traumasensitief lesgeven?',
    });
    expect(cancelled).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Ja, afmelden' }));

    expect(await screen.findByRole('button', { name: 'Aanmelden' })).toBeInTheDocument();
    expect(cancelled).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Nog 4 plekken')).toBeInTheDocument();
  });

  it('shows the waiting-list position and "Van de wachtlijst af"', async () => {
    renderEvent([
      detailMock(
        anEvent({
          seatsLeft: 0,
          confirmedCount: 20,
          waitlistCount: 5,
          myRegistration: aRegistration('WAITLISTED', 4),
        }),
      ),
    ]);

    expect(await screen.findByText('Op de wachtlijst')).toBeInTheDocument();
    expect(screen.getByText('positie 4')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Van de wachtlijst af' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Aanmelden/ })).not.toBeInTheDocument();
  });

  it('puts a member on the waiting list when the event is full', async () => {
    const user = userEvent.setup();
    renderEvent([
      detailMock(anEvent({ seatsLeft: 0, confirmedCount: 20, waitlistCount: 0 })),
      {
        request: { query: RegisterForEventMutation, variables: input },
        result: registrationResult('registerForEvent', aRegistration('WAITLISTED', 1), {
          confirmedCount: 20,
          waitlistCount: 1,
          seatsLeft: 0,
        }),
      },
    ]);

    expect(await screen.findByText('Vol · wachtlijst')).toBeInTheDocument();
    expect(screen.getByText(/Deze activiteit is vol/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Op de wachtlijst zetten' }));

    expect(await screen.findByText('positie 1')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Van de wachtlijst af' })).toBeInTheDocument();
  });

  it('says "Gaat niet door" for a cancelled event and offers no sign-up', async () => {
    renderEvent([detailMock(anEvent({ status: 'CANCELLED' }))]);

    const alert = await screen.findByText('Deze activiteit is geannuleerd', { exact: false });
    expect(alert).toBeInTheDocument();
    expect(screen.getAllByText('Gaat niet door').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Aanmelden' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Voeg toe aan agenda' })).not.toBeInTheDocument();
  });

  it("shows the api's Dutch message when signing up is refused", async () => {
    const user = userEvent.setup();
    renderEvent([
      detailMock(anEvent()),
      {
        request: { query: RegisterForEventMutation, variables: input },
        result: {
          errors: [
            new GraphQLError('De aanmeldtermijn voor deze activiteit is verlopen.', {
              extensions: { code: 'BAD_USER_INPUT', field: 'eventId' },
            }),
          ],
        },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Aanmelden' }));

    const message = await screen.findByText('De aanmeldtermijn voor deze activiteit is verlopen.');
    expect(message.closest('[role="alert"]')).toHaveTextContent('Dit is niet gelukt');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Aanmelden' })).not.toHaveAttribute('data-loading'),
    );
  });

  it('says so when the event does not exist', async () => {
    renderEvent([
      {
        request: { query: EventDetailQuery, variables: { id: 'event-1' } },
        result: { data: { event: null } },
      },
    ]);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Activiteit niet gevonden' }),
    ).toBeInTheDocument();
  });
});
