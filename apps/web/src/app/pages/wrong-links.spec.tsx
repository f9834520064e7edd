import type { DocumentNode } from '@apollo/client';
import { screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { ReactElement } from 'react';

import { EventPage } from '../../features/agenda';
import { EventDetailQuery } from '../../features/agenda/graphql/eventDetail';
import { MemberProfilePage } from '../../features/profile';
import { MemberProfileQuery } from '../../features/profile/graphql/memberProfile';
import { ThreadPage } from '../../features/questions';
import { ThreadDetailQuery } from '../../features/questions/graphql/threadDetail';
import { CurrentMemberQuery } from '../../graphql/currentMember';
import { aCurrentMember } from '../../test/builders';
import { resetI18n } from '../../test/i18n';
import { renderRoutes } from '../../test/render';

/**
 * A wrong or stale link (`/vragen/abc`, an id that no longer exists, an item one may not see)
 * shows the not-found or forbidden page with a way back, never "Laden is niet gelukt".
 */
interface PageCase {
  name: string;
  path: string;
  element: ReactElement;
  query: DocumentNode;
  notFoundTitle: string;
  back: { name: string; href: string };
}

const PAGES: PageCase[] = [
  {
    name: 'a question',
    path: '/vragen/:id',
    element: <ThreadPage />,
    query: ThreadDetailQuery,
    notFoundTitle: 'Vraag niet gevonden',
    back: { name: 'Naar alle vragen', href: '/vragen' },
  },
  {
    name: 'an event',
    path: '/agenda/:id',
    element: <EventPage />,
    query: EventDetailQuery,
    notFoundTitle: 'Activiteit niet gevonden',
    back: { name: 'Terug naar de agenda', href: '/agenda' },
  },
  {
    name: 'a colleague',
    path: '/leden/:id',
    element: <MemberProfilePage />,
    query: MemberProfileQuery,
    notFoundTitle: 'Collega niet gevonden',
    back: { name: "Naar alle collega's", href: '/leden' },
  },
];

const failing = (query: DocumentNode, id: string, code: string, field?: string) => ({
  request: { query, variables: { id } },
  result: {
    errors: [new GraphQLError('Niet te vinden', { extensions: { code, field } })],
  },
});

const meMock = {
  request: { query: CurrentMemberQuery },
  result: { data: { me: aCurrentMember() } },
};

function renderPage(page: PageCase, id: string, mock: ReturnType<typeof failing>) {
  renderRoutes([{ path: page.path, element: page.element }], {
    route: page.path.replace(':id', id),
    mocks: [meMock, mock],
  });
}

async function expectNotFound(page: PageCase) {
  expect(
    await screen.findByRole('heading', { level: 1, name: page.notFoundTitle }),
  ).toBeInTheDocument();
  expect(screen.getByRole('link', { name: page.back.name })).toHaveAttribute(
    'href',
    page.back.href,
  );
  expect(screen.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '/');
  expect(screen.queryByText('Laden is niet gelukt')).not.toBeInTheDocument();
}

describe.each(PAGES)('a wrong link to $name', (page) => {
  beforeEach(async () => {
    await resetI18n();
  });

  it('shows the not-found page for a malformed id (BAD_USER_INPUT on id)', async () => {
    renderPage(page, 'abc', failing(page.query, 'abc', 'BAD_USER_INPUT', 'id'));
    await expectNotFound(page);
  });

  it('shows the not-found page for an unknown id (NOT_FOUND)', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    renderPage(page, id, failing(page.query, id, 'NOT_FOUND'));
    await expectNotFound(page);
  });

  it('shows the forbidden page, with a way back, for an item one may not see', async () => {
    const id = '00000000-0000-4000-8000-000000000001';
    renderPage(page, id, failing(page.query, id, 'FORBIDDEN'));

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      /Geen toegang|Alleen voor groepsleden/,
    );
    expect(screen.getByRole('link', { name: page.back.name })).toHaveAttribute(
      'href',
      page.back.href,
    );
    expect(screen.queryByText('Laden is niet gelukt')).not.toBeInTheDocument();
  });
});
