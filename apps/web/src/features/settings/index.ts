import i18n from 'i18next';

import en from './locales/en.json';
import nl from './locales/nl.json';

function addBundles(): void {
  i18n.addResourceBundle('nl', 'translation', nl, true, true);
  i18n.addResourceBundle('en', 'translation', en, true, true);
}
// The app initialises i18next after its modules are imported.
if (i18n.isInitialized) addBundles();
else i18n.on('initialized', addBundles);

export { NotificationSettingsPage } from './components/NotificationSettingsPage';
