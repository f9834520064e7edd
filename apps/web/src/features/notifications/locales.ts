import i18n from 'i18next';

import en from './locales/en.json';
import nl from './locales/nl.json';

function addBundles(): void {
  i18n.addResourceBundle('nl', 'translation', nl, true, true);
  i18n.addResourceBundle('en', 'translation', en, true, true);
}

/** Registers this feature's strings once i18next is initialised (it may be later). */
export function registerNotificationLocales(): void {
  if (i18n.isInitialized) addBundles();
  else i18n.on('initialized', addBundles);
}
