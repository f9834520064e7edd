import { screen } from '@testing-library/react';

import { resetI18n } from '../../../test/i18n';
import { renderWithProviders } from '../../../test/render';
import { AuditLogQuery } from '../graphql/auditLog';
import { AUDIT_PAGE_SIZE } from '../options';
import { AuditLogPanel } from './AuditLogPanel';

const entry = (id: string, summary: string, link: string | null) => ({
  __typename: 'AuditEntry' as const,
  id,
  action: 'event.created',
  targetType: 'event',
  targetId: id,
  summary,
  link,
  createdAt: '2026-03-03T13:05:00.000Z',
  actor: {
    __typename: 'Member' as const,
    id: 'admin-1',
    name: 'Sanne Bakker',
    email: 's@x.example',
  },
});

describe('AuditLogPanel', () => {
  beforeEach(async () => {
    await resetI18n();
  });

  it('shows what happened to which item, linked to it, and no raw action keys', async () => {
    renderWithProviders(<AuditLogPanel />, {
      mocks: [
        {
          request: { query: AuditLogQuery, variables: { first: AUDIT_PAGE_SIZE, offset: 0 } },
          result: {
            data: {
              auditLog: {
                __typename: 'AuditLogPage',
                total: 2,
                nodes: [
                  entry('event-1', 'Activiteit "Atelier lezen" aangemaakt', '/agenda/event-1'),
                  entry('thread-9', 'Vraag "Weg" verborgen', null),
                ],
              },
            },
          },
        },
      ],
    });

    expect(
      await screen.findByRole('link', { name: 'Activiteit "Atelier lezen" aangemaakt' }),
    ).toHaveAttribute('href', '/agenda/event-1');
    expect(screen.getByText('Vraag "Weg" verborgen')).not.toHaveAttribute('href');
    expect(screen.queryByText('event.created')).not.toBeInTheDocument();
  });
});
