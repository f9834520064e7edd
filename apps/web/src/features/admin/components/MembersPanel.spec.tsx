import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { CurrentMemberQuery } from '../../../graphql/currentMember';
import { aCurrentMember, anAdminMember, aSchool } from '../../../test/builders';
import { resetI18n } from '../../../test/i18n';
import { renderWithProviders } from '../../../test/render';
import { AdminFilterOptionsQuery } from '../graphql/adminFilterOptions';
import { AdminMembersQuery } from '../graphql/adminMembers';
import { DeactivateMemberMutation } from '../graphql/deactivateMember';
import { MembersPanel } from './MembersPanel';

const admin = aCurrentMember({ id: 'admin-1', name: 'Sanne Bakker', platformRole: 'ADMIN' });
const anouk = anAdminMember();
const bram = anAdminMember({
  id: 'member-2',
  name: 'Bram Jansen',
  email: 'bram@deregenboog.example',
  role: 'intern-begeleider',
  roleLabel: 'Intern begeleider',
  platformRole: 'COORDINATOR',
  status: 'INVITED',
  lastLoginAt: null,
  school: aSchool('school-2', 'OBS De Regenboog', 'Ede'),
});

const page = { first: 25, offset: 0 };

function membersMock(filter: Record<string, unknown>, nodes: unknown[], total = nodes.length) {
  return {
    request: { query: AdminMembersQuery, variables: { filter, ...page } },
    result: { data: { members: { __typename: 'MemberPage', total, nodes } } },
    maxUsageCount: 3,
  };
}

const baseMocks = [
  {
    request: { query: CurrentMemberQuery },
    result: { data: { me: admin } },
  },
  {
    request: { query: AdminFilterOptionsQuery },
    result: {
      data: {
        schools: [
          { __typename: 'School', id: 'school-2', name: 'OBS De Regenboog', town: 'Ede' },
          { __typename: 'School', id: 'school-1', name: 'CBS De Korenmaat', town: 'Veenendaal' },
        ],
        jobRoles: [
          { __typename: 'JobRole', slug: 'leerkracht', label: 'Leerkracht' },
          { __typename: 'JobRole', slug: 'intern-begeleider', label: 'Intern begeleider' },
        ],
      },
    },
  },
];

function rowOf(name: string): HTMLElement {
  const row = screen.getByText(name).closest('tr');
  if (!row) throw new Error(`No table row for ${name}`);
  return row;
}

/** The member's table row on a wide screen, or card on a phone. */
function itemOf(name: string): HTMLElement {
  const item = screen.getByText(name).closest('tr, li');
  if (!item) throw new Error(`No row or card for ${name}`);
  return item as HTMLElement;
}

const narrowMatchMedia = window.matchMedia;

/** jsdom matches no media query (a phone); this makes `(min-width: …)` queries match. */
function pretendWideScreen() {
  window.matchMedia = (query: string) => ({
    ...narrowMatchMedia(query),
    matches: query.includes('min-width'),
  });
}

describe('MembersPanel', () => {
  beforeEach(async () => {
    await resetI18n();
  });
  afterEach(() => {
    window.matchMedia = narrowMatchMedia;
  });

  it('shows the members with their school, job role, platform role, status and last sign-in', async () => {
    pretendWideScreen();
    renderWithProviders(<MembersPanel />, {
      mocks: [...baseMocks, membersMock({}, [anouk, bram], 2)],
    });

    expect(await screen.findByText('Anouk de Vries')).toBeInTheDocument();
    expect(screen.getByText('2 leden')).toBeInTheDocument();
    expect(screen.getByRole('table')).toHaveAccessibleName('Leden van Deelwijs');

    const anoukCells = within(rowOf('Anouk de Vries'))
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(anoukCells.slice(0, 6)).toEqual([
      'Anouk de Vriesanouk@korenmaat.example',
      'CBS De Korenmaat',
      'Leerkracht',
      'Lid',
      'Actief',
      expect.stringMatching(/3 mrt 2026.*14:05/),
    ]);

    const bramCells = within(rowOf('Bram Jansen'))
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(bramCells.slice(0, 6)).toEqual([
      'Bram Jansenbram@deregenboog.example',
      'OBS De Regenboog',
      'Intern begeleider',
      'Coördinator',
      'Uitgenodigd',
      'Nog nooit',
    ]);
    expect(
      within(rowOf('Bram Jansen')).getByRole('button', { name: 'Acties voor Bram Jansen' }),
    ).toBeInTheDocument();
  });

  it('shows stacked cards on a phone: name first, the actions as one big button', async () => {
    renderWithProviders(<MembersPanel />, {
      mocks: [...baseMocks, membersMock({}, [anouk, bram], 2)],
    });

    expect(await screen.findByText('Anouk de Vries')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const cards = within(screen.getByRole('list', { name: 'Leden van Deelwijs' })).getAllByRole(
      'listitem',
    );
    expect(cards).toHaveLength(2);
    const bramCard = itemOf('Bram Jansen');
    expect(bramCard.firstElementChild?.firstElementChild).toHaveTextContent(/^Bram Jansen$/);
    expect(bramCard).toHaveTextContent('bram@deregenboog.example');
    expect(bramCard).toHaveTextContent('Intern begeleider · OBS De Regenboog');
    expect(bramCard).toHaveTextContent('Uitgenodigd');
    const action = within(bramCard).getByRole('button', { name: 'Acties voor Bram Jansen' });
    expect(action).toHaveTextContent('Acties');
    expect(action).toHaveAttribute('data-block', 'true');
  });

  it('filters on status and says so when nobody matches', async () => {
    const user = userEvent.setup();
    renderWithProviders(<MembersPanel />, {
      mocks: [
        ...baseMocks,
        membersMock({}, [anouk, bram], 2),
        membersMock({ status: 'INVITED' }, [bram], 1),
        membersMock({ status: 'DEACTIVATED' }, [], 0),
      ],
    });
    await screen.findByText('Anouk de Vries');
    // jsdom counts as a narrow screen: the filters are folded away behind a toggle.
    await user.click(screen.getByRole('button', { name: 'Filters tonen' }));

    await user.click(await screen.findByLabelText('Status', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Uitgenodigd' }));

    await waitFor(() => expect(screen.queryByText('Anouk de Vries')).not.toBeInTheDocument());
    expect(screen.getByText('Bram Jansen')).toBeInTheDocument();
    expect(screen.getByText('1 lid')).toBeInTheDocument();

    await user.click(screen.getByLabelText('Status', { selector: 'input' }));
    await user.click(await screen.findByRole('option', { name: 'Gedeactiveerd' }));

    expect(await screen.findByText('Geen leden gevonden')).toBeInTheDocument();
    expect(screen.getByText(/Geen leden die aan deze filters voldoen/)).toBeInTheDocument();
  });

  it('deactivates a member after confirmation and confirms with a notification', async () => {
    const user = userEvent.setup();
    const deactivated = jest.fn();
    renderWithProviders(<MembersPanel />, {
      mocks: [
        ...baseMocks,
        {
          ...membersMock({}, []),
          // The list is fetched again after the change; by then Anouk is deactivated.
          result: () => ({
            data: {
              members: {
                __typename: 'MemberPage' as const,
                total: 2,
                nodes: [
                  deactivated.mock.calls.length > 0
                    ? { ...anouk, status: 'DEACTIVATED' as const }
                    : anouk,
                  bram,
                ],
              },
            },
          }),
        },
        {
          request: {
            query: DeactivateMemberMutation,
            variables: { input: { memberId: 'member-1' } },
          },
          result: () => {
            deactivated();
            return { data: { deactivateMember: { ...anouk, status: 'DEACTIVATED' as const } } };
          },
        },
      ],
    });
    await screen.findByText('Anouk de Vries');

    await user.click(screen.getByRole('button', { name: 'Acties voor Anouk de Vries' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Deactiveren' }));
    const dialog = await screen.findByRole('dialog', { name: 'Anouk de Vries deactiveren?' });
    expect(deactivated).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Deactiveren' }));

    expect(await screen.findByText('Anouk de Vries is gedeactiveerd.')).toBeInTheDocument();
    expect(deactivated).toHaveBeenCalledTimes(1);
    await waitFor(() =>
      expect(within(itemOf('Anouk de Vries')).getByText('Gedeactiveerd')).toBeInTheDocument(),
    );
  });
});
