import i18n from 'i18next';

import en from './locales/en.json';
import nl from './locales/nl.json';

/** The feature's own strings (under `search`), added next to the shared ones. */
function registerTranslations(): void {
  i18n.addResourceBundle('nl', 'translation', nl, true, true);
  i18n.addResourceBundle('en', 'translation', en, true, true);
}
// The app initialises i18next after its modules are imported.
if (i18n.isInitialized) registerTranslations();
else i18n.on('initialized', registerTranslations);

export { HomeSearch } from './components/HomeSearch';
export { SearchPage } from './components/SearchPage';
