import { useApolloClient, useMutation } from '@apollo/client/react';
import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { UpdateMyLocaleMutation } from '../graphql/updateMyLocale';
import { useLanguage } from '../hooks/useLanguage';
import { type AppLanguage, isAppLanguage, SUPPORTED_LANGUAGES } from '../lib/i18n';
import { notifyFailure } from '../lib/notify';

export interface LanguageSwitchProps {
  /** When signed in, the choice is also stored on the account (`updateMyAccount`). */
  persistToAccount?: boolean;
  size?: 'xs' | 'sm' | 'md';
}

const NATIVE_NAMES: Record<AppLanguage, string> = { nl: 'Nederlands', en: 'English' };

export function LanguageSwitch({ persistToAccount = false, size = 'xs' }: LanguageSwitchProps) {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const client = useApolloClient();
  const [updateLocale] = useMutation(UpdateMyLocaleMutation);

  const handleChange = async (value: string) => {
    if (!isAppLanguage(value) || value === language) {
      return;
    }
    await setLanguage(value);
    if (persistToAccount) {
      try {
        await updateLocale({ variables: { input: { locale: value } } });
      } catch {
        notifyFailure(t('language.saveFailed'));
      }
    }
    // Labels such as job roles come from the server in the chosen language.
    void client.refetchQueries({ include: 'active' }).catch(() => undefined);
  };

  return (
    <SegmentedControl
      size={size}
      value={language}
      onChange={(value) => void handleChange(value)}
      aria-label={t('language.label')}
      data={SUPPORTED_LANGUAGES.map((code) => ({
        value: code,
        label: (
          <>
            <span aria-hidden="true">{code.toUpperCase()}</span>
            <VisuallyHidden lang={code}>{NATIVE_NAMES[code]}</VisuallyHidden>
          </>
        ),
      }))}
    />
  );
}
