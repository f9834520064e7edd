import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { UpdateMyLocaleMutation } from '../graphql/updateMyLocale';
import { i18n, LANGUAGE_STORAGE_KEY } from '../lib/i18n';
import { resetI18n } from '../test/i18n';
import { renderWithProviders } from '../test/render';
import { LanguageSwitch } from './LanguageSwitch';

function localeMock(locale: string, onCall: jest.Mock) {
  return {
    request: { query: UpdateMyLocaleMutation, variables: { input: { locale } } },
    result: () => {
      onCall(locale);
      return {
        data: { updateMyAccount: { __typename: 'Member' as const, id: 'member-1', locale } },
      };
    },
  };
}

describe('LanguageSwitch', () => {
  beforeEach(async () => {
    await resetI18n();
  });

  it('starts in Dutch', () => {
    renderWithProviders(<LanguageSwitch />);

    expect(screen.getByRole('radio', { name: 'Nederlands' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'English' })).not.toBeChecked();
    expect(document.documentElement.lang).toBe('nl');
  });

  it('switches to English, remembers it in this browser and updates <html lang>', async () => {
    const user = userEvent.setup();
    const saved = jest.fn();
    renderWithProviders(<LanguageSwitch />, { mocks: [localeMock('en', saved)] });

    await user.click(screen.getByRole('radio', { name: 'English' }));

    await waitFor(() => expect(i18n.language).toBe('en'));
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    // Signed out: nothing is stored on an account.
    expect(saved).not.toHaveBeenCalled();
  });

  it('also stores the choice on the account when signed in', async () => {
    const user = userEvent.setup();
    const saved = jest.fn();
    renderWithProviders(<LanguageSwitch persistToAccount />, { mocks: [localeMock('en', saved)] });

    await user.click(screen.getByRole('radio', { name: 'English' }));

    await waitFor(() => expect(saved).toHaveBeenCalledWith('en'));
    expect(i18n.language).toBe('en');
  });

  it('switches back to Dutch', async () => {
    const user = userEvent.setup();
    await i18n.changeLanguage('en');
    renderWithProviders(<LanguageSwitch />);

    await user.click(screen.getByRole('radio', { name: 'Nederlands' }));

    await waitFor(() => expect(document.documentElement.lang).toBe('nl'));
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('nl');
  });
});
