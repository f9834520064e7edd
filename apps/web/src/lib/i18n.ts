import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';

import en from '../locales/en.json';
import nl from '../locales/nl.json';

export const SUPPORTED_LANGUAGES = ['nl', 'en'] as const;
export type AppLanguage = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: AppLanguage = 'nl';
export const LANGUAGE_STORAGE_KEY = 'deelwijs.language';

export function isAppLanguage(value: unknown): value is AppLanguage {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** The language the UI currently shows, always one of the supported ones. */
export function currentLanguage(): AppLanguage {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isAppLanguage(language) ? language : DEFAULT_LANGUAGE;
}

function syncDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') {
    document.documentElement.lang = isAppLanguage(language) ? language : DEFAULT_LANGUAGE;
  }
}

/**
 * Initialises i18next once. Dutch is the default and fallback; the visitor's explicit
 * choice is kept in localStorage. The browser language is deliberately not used: the
 * platform is Dutch first.
 */
export function initI18n(): typeof i18n {
  if (i18n.isInitialized) {
    return i18n;
  }
  i18n.on('languageChanged', syncDocumentLanguage);
  void i18n
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: { nl: { translation: nl }, en: { translation: en } },
      supportedLngs: [...SUPPORTED_LANGUAGES],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: DEFAULT_LANGUAGE,
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
      detection: {
        order: ['localStorage'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
      },
      react: { useSuspense: false },
    });
  syncDocumentLanguage(currentLanguage());
  return i18n;
}

export { i18n };
