import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { ModerationStatus } from '../../../gql/graphql';
import { resetI18n } from '../../../test/i18n';
import { renderWithProviders } from '../../../test/render';
import {
  ContactAuthorMutation,
  DismissReportsMutation,
  ModerationHideMutation,
} from '../graphql/moderationActions';
import { ModerationQueueQuery } from '../graphql/moderationQueue';
import { registerModerationLocales } from '../locales';
import { MODERATION_PAGE_SIZE, ModerationPanel } from './ModerationPanel';

registerModerationLocales();

const THREAD_ID = '6f1c2d1e-1111-4a4a-8b8b-000000000001';

function aCase(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ModerationCase' as const,
    id: 'report-1',
    targetType: 'THREAD' as const,
    targetId: THREAD_ID,
    threadId: THREAD_ID,
    title: 'Verkoop van lesmateriaal',
    excerpt: 'Koop mijn map voor maar 20 euro!',
    hidden: false,
    reportCount: 2,
    firstReportedAt: '2026-03-02T09:00:00.000Z',
    author: { __typename: 'Member' as const, id: 'author-1', name: 'Anouk Auteur', former: false },
    reports: [
      {
        __typename: 'ContentReport' as const,
        id: 'report-1',
        reason: 'Reclame',
        createdAt: '2026-03-02T09:00:00.000Z',
        reporter: { __typename: 'Member' as const, id: 'r-1', name: 'Fatima Eerste' },
      },
      {
        __typename: 'ContentReport' as const,
        id: 'report-2',
        reason: 'Dit is spam',
        createdAt: '2026-03-02T10:30:00.000Z',
        reporter: { __typename: 'Member' as const, id: 'r-2', name: 'Sem Tweede' },
      },
    ],
    resolution: null,
    resolvedAt: null,
    resolvedBy: null,
    ...overrides,
  };
}

function queueMock(status: ModerationStatus, nodes: unknown[]) {
  return {
    request: {
      query: ModerationQueueQuery,
      variables: { status, first: MODERATION_PAGE_SIZE, offset: 0 },
    },
    result: {
      data: { moderationQueue: { __typename: 'ModerationCasePage', total: nodes.length, nodes } },
    },
  };
}

const target = { targetType: 'THREAD', targetId: THREAD_ID };

describe('ModerationPanel', () => {
  beforeEach(async () => {
    await resetI18n();
  });

  it('shows each reported post with its content, author, report count and every reason', async () => {
    renderWithProviders(<ModerationPanel />, { mocks: [queueMock('OPEN', [aCase()])] });

    const card = (await screen.findByRole('heading', { name: 'Verkoop van lesmateriaal' })).closest(
      'li',
    ) as HTMLElement;
    expect(within(card).getByRole('link', { name: 'Verkoop van lesmateriaal' })).toHaveAttribute(
      'href',
      `/vragen/${THREAD_ID}`,
    );
    expect(card).toHaveTextContent('Koop mijn map voor maar 20 euro!');
    expect(within(card).getByRole('link', { name: 'Anouk Auteur' })).toHaveAttribute(
      'href',
      '/leden/author-1',
    );
    expect(within(card).getByText('2 meldingen')).toBeInTheDocument();
    expect(within(card).getByText('Vraag')).toBeInTheDocument();
    const reasons = within(card)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(reasons).toEqual([
      expect.stringMatching(/^ReclameFatima Eerste, 2 mrt 2026/),
      expect.stringMatching(/^Dit is spamSem Tweede, 2 mrt 2026/),
    ]);
    const actions = within(card).getByRole('group', { name: 'Acties voor deze melding' });
    expect(
      within(actions)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Verbergen', 'Mag blijven', 'Auteur benaderen']);
  });

  it('hides a post and shows the queue again without it', async () => {
    const user = userEvent.setup();
    const hide = jest.fn(() => ({ data: { hideContent: true } }));
    renderWithProviders(<ModerationPanel />, {
      mocks: [
        queueMock('OPEN', [aCase()]),
        {
          request: {
            query: ModerationHideMutation,
            variables: { input: { ...target, hidden: true } },
          },
          result: hide,
        },
        queueMock('OPEN', []),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Verbergen' }));

    expect(
      await screen.findByText(
        'Het bericht is verborgen. Alleen de auteur en moderatoren zien het nog.',
      ),
    ).toBeInTheDocument();
    expect(hide).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Geen open meldingen')).toBeInTheDocument();
  });

  it('dismisses the reports of a post that may stay', async () => {
    const user = userEvent.setup();
    const dismiss = jest.fn(() => ({ data: { dismissReports: true } }));
    renderWithProviders(<ModerationPanel />, {
      mocks: [
        queueMock('OPEN', [aCase()]),
        {
          request: { query: DismissReportsMutation, variables: { input: target } },
          result: dismiss,
        },
        queueMock('OPEN', []),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Mag blijven' }));

    expect(
      await screen.findByText('De melding is afgewezen; het bericht blijft staan.'),
    ).toBeInTheDocument();
    expect(dismiss).toHaveBeenCalledTimes(1);
  });

  it('writes to the author, and asks for a message first', async () => {
    const user = userEvent.setup();
    const message = 'Wil je de naam van de leerling weghalen?';
    const contact = jest.fn(() => ({ data: { contactAuthor: true } }));
    renderWithProviders(<ModerationPanel />, {
      mocks: [
        queueMock('OPEN', [aCase()]),
        {
          request: { query: ContactAuthorMutation, variables: { input: { ...target, message } } },
          result: contact,
        },
        queueMock('OPEN', [aCase()]),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Auteur benaderen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Auteur benaderen' });
    expect(dialog).toHaveTextContent('Anouk Auteur krijgt je bericht in Deelwijs en per e-mail');
    await user.click(within(dialog).getByRole('button', { name: 'Versturen' }));
    expect(within(dialog).getByText('Schrijf eerst je bericht.')).toBeInTheDocument();
    expect(contact).not.toHaveBeenCalled();

    await user.type(within(dialog).getByRole('textbox', { name: /Je bericht/ }), message);
    await user.click(within(dialog).getByRole('button', { name: 'Versturen' }));

    expect(
      await screen.findByText('Je bericht is naar Anouk Auteur gestuurd.'),
    ).toBeInTheDocument();
    expect(contact).toHaveBeenCalledTimes(1);
  });

  it('shows resolved reports with who resolved them, and no actions', async () => {
    const user = userEvent.setup();
    const resolved = aCase({
      hidden: true,
      resolution: 'HIDDEN',
      resolvedAt: '2026-03-03T13:05:00.000Z',
      resolvedBy: { __typename: 'Member', id: 'mod-1', name: 'Mo Derator' },
    });
    renderWithProviders(<ModerationPanel />, {
      mocks: [queueMock('OPEN', []), queueMock('RESOLVED', [resolved])],
    });
    await screen.findByText('Geen open meldingen');

    await user.click(screen.getByRole('radio', { name: 'Afgehandeld' }));

    expect(
      await screen.findByText(/^Verborgen door Mo Derator op 3 mrt 2026.*14:05$/),
    ).toBeInTheDocument();
    expect(screen.getByText('Verborgen')).toBeInTheDocument();
    expect(
      screen.queryByRole('group', { name: 'Acties voor deze melding' }),
    ).not.toBeInTheDocument();
  });
});
