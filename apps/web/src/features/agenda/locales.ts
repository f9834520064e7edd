import i18n from 'i18next';

import en from './locales/en.json';
import nl from './locales/nl.json';

function addBundles(): void {
  i18n.addResourceBundle('nl', 'translation', nl, true, true);
  i18n.addResourceBundle('en', 'translation', en, true, true);
}

/**
 * The agenda's strings live beside the feature (colleagues edit the shared locale files at
 * the same time). i18next only accepts bundles once initialised, which may happen after this
 * module is imported.
 */
export function registerAgendaLocales(): void {
  if (i18n.isInitialized) addBundles();
  else i18n.on('initialized', addBundles);
}
