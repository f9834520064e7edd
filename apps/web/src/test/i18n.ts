import { i18n, initI18n, LANGUAGE_STORAGE_KEY } from '../lib/i18n';

/** Fresh Dutch UI before each test. */
export async function resetI18n(): Promise<void> {
  initI18n();
  window.localStorage.removeItem(LANGUAGE_STORAGE_KEY);
  await i18n.changeLanguage('nl');
}
