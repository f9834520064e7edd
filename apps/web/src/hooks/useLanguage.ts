import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { type AppLanguage, DEFAULT_LANGUAGE, isAppLanguage } from '../lib/i18n';

export interface UseLanguageResult {
  language: AppLanguage;
  setLanguage: (language: AppLanguage) => Promise<void>;
}

/** The UI language and a setter that also stores the choice (i18next caches it in localStorage). */
export function useLanguage(): UseLanguageResult {
  const { i18n } = useTranslation();
  const resolved = i18n.resolvedLanguage ?? i18n.language;
  const language = isAppLanguage(resolved) ? resolved : DEFAULT_LANGUAGE;
  const setLanguage = useCallback(
    async (next: AppLanguage) => {
      await i18n.changeLanguage(next);
    },
    [i18n],
  );
  return { language, setLanguage };
}
