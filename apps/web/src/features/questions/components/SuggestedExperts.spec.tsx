import '../index';

import { screen, within } from '@testing-library/react';

import { resetI18n } from '../../../test/i18n';
import { renderWithProviders } from '../../../test/render';
import { SuggestedExperts } from './SuggestedExperts';

function anExpert(id: string, name: string, reasons: string[]) {
  return {
    __typename: 'ExpertMatch' as const,
    score: 0.8,
    reasons,
    member: {
      __typename: 'Member' as const,
      id,
      name,
      roleLabel: 'Intern begeleider',
      school: { __typename: 'School' as const, id: 's1', name: 'OBS De Regenboog' },
    },
  };
}

describe('SuggestedExperts', () => {
  beforeEach(async () => {
    await resetI18n();
  });

  it('lists each expert with a link to their profile and the reasons', () => {
    renderWithProviders(
      <SuggestedExperts
        searching={false}
        experts={[
          anExpert('m1', 'Hilde Prins', ['Specialist in selectief mutisme', 'Werkt met kleuters']),
          anExpert('m2', 'Ravi Bakker', ['Ervaring met taalontwikkeling']),
        ]}
      />,
    );

    const items = screen.getAllByTestId('suggested-expert');
    expect(items).toHaveLength(2);
    const first = within(items[0] as HTMLElement);
    expect(first.getByRole('link', { name: 'Hilde Prins' })).toHaveAttribute('href', '/leden/m1');
    expect(first.getByText('Intern begeleider · OBS De Regenboog')).toBeInTheDocument();
    const reasons = first.getByRole('list', { name: 'Waarom Hilde Prins?' });
    expect(
      within(reasons)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Specialist in selectief mutisme', 'Werkt met kleuters']);
    expect(screen.queryByText('Deelwijs zoekt experts…')).not.toBeInTheDocument();
  });

  it('says it is still searching while the list is empty', () => {
    renderWithProviders(<SuggestedExperts searching experts={[]} />);
    expect(screen.getByRole('status')).toHaveTextContent('Deelwijs zoekt experts…');
  });
});
