import '..';

import { screen, within } from '@testing-library/react';

import { resetI18n } from '../../../test/i18n';
import { renderWithProviders } from '../../../test/render';
import type { ExpertHit } from '../lib/hit';
import { aHit } from '../test/builders';
import { ResultCard } from './ResultCard';

describe('ResultCard', () => {
  beforeEach(async () => {
    await resetI18n();
  });

  function renderCard(hit: ExpertHit) {
    return renderWithProviders(<ResultCard hit={hit} rank={1} />);
  }

  it('shows who, where, the matched expertise with level, offers, availability and reasons', () => {
    renderCard(aHit());

    const card = screen.getByRole('article', { name: 'Jolanda van Essen' });
    expect(within(card).getByRole('link', { name: 'Jolanda van Essen' })).toHaveAttribute(
      'href',
      '/leden/member-7',
    );
    expect(within(card).getByText('Leerkracht · CBS De Kiezelsteen, Ede')).toBeInTheDocument();
    const matched = within(card).getByRole('list', { name: 'Past bij je vraag' });
    expect(matched).toHaveTextContent('Selectief mutisme · Gevorderd');
    expect(card).toHaveTextContent('Biedt: Meelopen of meekijken bij mij · Observatie in de klas');
    expect(within(card).getByText('Staat open voor vragen · 1× per maand')).toBeInTheDocument();

    const reasons = within(card).getByRole('list', { name: 'Waarom deze collega' });
    expect(
      within(reasons)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Gevorderd: selectief mutisme', 'Biedt observatie in de klas', 'Zelfde bestuur']);
  });

  it('marks the matched words of the snippet and keeps any markup as text', () => {
    const { container } = renderCard(
      aHit({
        snippet:
          'twee <mark>kleuters</mark> &lt;script&gt;alert(1)&lt;/script&gt; <script>alert(2)</script> <b>niet</b> <mark>praten</mark>',
      }),
    );

    const marks = [...container.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(['kleuters', 'praten']);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('article b')).toBeNull();
    expect(
      screen.getByText(/<script>alert\(1\)<\/script> <script>alert\(2\)<\/script> <b>niet<\/b>/),
    ).toBeInTheDocument();
  });

  it('says when a colleague is not open for questions', () => {
    const hit = aHit();
    renderCard({
      ...hit,
      member: {
        ...hit.member,
        profile: { ...hit.member.profile!, openForQuestions: false, availability: null },
      },
    });
    expect(screen.getByText('Staat nu niet open voor vragen')).toBeInTheDocument();
  });
});
