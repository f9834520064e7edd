import { act, screen } from '@testing-library/react';

import { OpenModerationCountQuery } from '../features/moderation/graphql/moderationQueue';
import { CurrentMemberQuery } from '../graphql/currentMember';
import { createCache } from '../lib/apollo';
import { expireSession, writeCurrentMember } from '../lib/session';
import { aCurrentMember } from '../test/builders';
import { resetI18n } from '../test/i18n';
import { renderRoutes } from '../test/render';
import { isPublicPath, routes } from './routes';

function meMock(me: ReturnType<typeof aCurrentMember> | null) {
  return { request: { query: CurrentMemberQuery }, result: { data: { me } } };
}

describe('app routes', () => {
  beforeEach(async () => {
    await resetI18n();
    // A sign-in clears an "expired session" left over from an earlier test.
    writeCurrentMember(createCache(), aCurrentMember());
  });

  it('sends signed-out visitors to the sign-in page and remembers where they were going', async () => {
    const { currentLocation } = renderRoutes(routes, { route: '/agenda', mocks: [meMock(null)] });

    expect(await screen.findByRole('heading', { name: 'Inloggen', level: 1 })).toBeInTheDocument();
    expect(currentLocation()).toEqual({ pathname: '/inloggen', state: { from: '/agenda' } });
  });

  it('shows the shell with landmarks, a skip link and no Beheer for ordinary members', async () => {
    renderRoutes(routes, { route: '/groepen', mocks: [meMock(aCurrentMember())] });

    expect(await screen.findByRole('heading', { name: 'Groepen', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de inhoud' })).toHaveAttribute(
      'href',
      '#main-content',
    );
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    expect(screen.getByRole('link', { name: 'Groepen' })).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByRole('link', { name: 'Beheer' })).not.toBeInTheDocument();
  });

  it('shows Beheer to admins and refuses the admin page to others', async () => {
    renderRoutes(routes, { route: '/beheer', mocks: [meMock(aCurrentMember())] });

    expect(
      await screen.findByRole('heading', { name: 'Geen toegang', level: 1 }),
    ).toBeInTheDocument();
  });

  it('lists the admin link for admins', async () => {
    renderRoutes(routes, {
      route: '/',
      mocks: [meMock(aCurrentMember({ platformRole: 'ADMIN', name: 'Marieke van Dam' }))],
    });

    expect(
      await screen.findByRole('heading', { name: 'Welkom, Marieke', level: 1 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Beheer' })).toHaveAttribute('href', '/beheer');
  });

  it('lists Beheer for moderators, with the number of open reports', async () => {
    renderRoutes(routes, {
      route: '/',
      mocks: [
        meMock(aCurrentMember({ platformRole: 'MODERATOR', name: 'Mo Derator' })),
        {
          request: { query: OpenModerationCountQuery },
          result: { data: { openModerationCount: 3 } },
        },
      ],
    });

    expect(await screen.findByRole('link', { name: 'Beheer 3 open meldingen' })).toHaveAttribute(
      'href',
      '/beheer',
    );
  });

  it('sends the member to sign in again, with a note, when the session expires', async () => {
    const cache = createCache();
    const { currentLocation } = renderRoutes(routes, {
      route: '/agenda',
      cache,
      mocks: [meMock(aCurrentMember())],
    });
    await screen.findByRole('heading', { name: 'Agenda', level: 1 });

    act(() => expireSession(cache));

    expect(
      await screen.findByText('Je sessie is verlopen. Log opnieuw in om verder te gaan.'),
    ).toBeInTheDocument();
    expect(currentLocation()).toEqual({
      pathname: '/inloggen',
      state: { from: '/agenda', reason: 'expired' },
    });
  });

  it('knows which paths are public', () => {
    expect(isPublicPath('/inloggen')).toBe(true);
    expect(isPublicPath('/uitnodiging/abc')).toBe(true);
    expect(isPublicPath('/wachtwoord-herstellen/abc')).toBe(true);
    expect(isPublicPath('/beheer')).toBe(false);
    expect(isPublicPath('/')).toBe(false);
  });
});
