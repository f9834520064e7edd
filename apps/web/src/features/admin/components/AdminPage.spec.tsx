import { screen } from '@testing-library/react';

import { CurrentMemberQuery } from '../../../graphql/currentMember';
import { aCurrentMember } from '../../../test/builders';
import { resetI18n } from '../../../test/i18n';
import { renderWithProviders } from '../../../test/render';
import { registerAdminLocales } from '../locales';
import { AdminPage } from './AdminPage';

registerAdminLocales();

function renderAs(platformRole: 'ADMIN' | 'MODERATOR', route = '/beheer') {
  return renderWithProviders(<AdminPage moderation={<p>De moderatielijst</p>} />, {
    route,
    mocks: [
      {
        request: { query: CurrentMemberQuery },
        result: { data: { me: aCurrentMember({ platformRole }) } },
      },
    ],
  });
}

describe('AdminPage', () => {
  beforeEach(async () => {
    await resetI18n();
  });

  it('gives a moderator the Moderatie tab only', async () => {
    renderAs('MODERATOR');

    expect(await screen.findByText('De moderatielijst')).toBeInTheDocument();
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Moderatie']);
  });

  it('gives an admin every tab, Moderatie last, opened from the address', async () => {
    renderAs('ADMIN', '/beheer?tab=moderatie');

    expect(await screen.findByText('De moderatielijst')).toBeInTheDocument();
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Leden',
      'Taxonomie',
      'Auditlog',
      'Moderatie',
    ]);
  });
});
