import '../index';

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';

import { resetI18n } from '../../../test/i18n';
import { renderWithProviders } from '../../../test/render';
import { QuestionMemberSearchQuery } from '../graphql/questionOptions';
import { type EditorValue, EMPTY_EDITOR, toHtml } from '../lib/richText';
import { RichTextField } from './RichTextField';

const HILDE_ID = '6f1c2b7e-3a54-4c1e-9a0d-5c2e8b7f9a11';

function member(id: string, name: string) {
  return {
    __typename: 'Member' as const,
    id,
    name,
    roleLabel: 'Intern begeleider',
    school: { __typename: 'School' as const, id: 's1', name: 'OBS De Regenboog' },
  };
}

const searchMock = {
  request: { query: QuestionMemberSearchQuery, variables: { search: 'Hil' } },
  result: {
    data: {
      members: {
        __typename: 'MemberPage' as const,
        nodes: [member('other-id', 'Hilbrand Smit'), member(HILDE_ID, 'Hilde Prins')],
      },
    },
  },
};

function Harness({ onHtml }: { onHtml: (html: string) => void }) {
  const [value, setValue] = useState<EditorValue>(EMPTY_EDITOR);
  return (
    <RichTextField
      label="Toelichting"
      value={value}
      onChange={(next) => {
        setValue(next);
        onHtml(toHtml(next));
      }}
    />
  );
}

describe('RichTextField mentions', () => {
  beforeEach(async () => {
    await resetI18n();
  });

  it('picks a colleague with the keyboard and sends a mention span', async () => {
    const user = userEvent.setup();
    const onHtml = jest.fn();
    renderWithProviders(<Harness onHtml={onHtml} />, { mocks: [searchMock] });
    const textarea = screen.getByRole('textbox', { name: /Toelichting/ });

    await user.type(textarea, 'Wat denk jij, @Hil');
    const listbox = await screen.findByRole('listbox', { name: "Collega's om te noemen" });
    expect(listbox).toBeInTheDocument();
    expect(screen.getAllByRole('option')).toHaveLength(2);

    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { name: /Hilde Prins/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.keyboard('{Enter}');

    await waitFor(() => expect(textarea).toHaveValue('Wat denk jij, @Hilde Prins '));
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    await user.type(textarea, '?');

    expect(onHtml).toHaveBeenLastCalledWith(
      `<p>Wat denk jij, <span data-type="mention" data-id="${HILDE_ID}">@Hilde Prins</span> ?</p>`,
    );
  });

  it('picks a colleague by clicking', async () => {
    const user = userEvent.setup();
    const onHtml = jest.fn();
    renderWithProviders(<Harness onHtml={onHtml} />, { mocks: [searchMock] });

    await user.type(screen.getByRole('textbox', { name: /Toelichting/ }), '@Hil');
    await user.click(await screen.findByRole('option', { name: /Hilde Prins/ }));

    await waitFor(() =>
      expect(onHtml).toHaveBeenLastCalledWith(
        `<p><span data-type="mention" data-id="${HILDE_ID}">@Hilde Prins</span></p>`,
      ),
    );
  });
});
