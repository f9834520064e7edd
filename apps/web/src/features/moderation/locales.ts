import i18n from 'i18next';

import en from './locales/en.json';
import nl from './locales/nl.json';

function addBundles(): void {
  i18n.addResourceBundle('nl', 'translation', nl, true, true);
  i18n.addResourceBundle('en', 'translation', en, true, true);
}

/** The feature's strings (under `moderation`); i18next may initialise after this import. */
export function registerModerationLocales(): void {
  if (i18n.isInitialized) addBundles();
  else i18n.on('initialized', addBundles);
}
