import { Alert, Button, Group, Mark, Stack, Text } from '@mantine/core';
import { IconShieldExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface PrivacyWarningProps {
  /** The api's message (Dutch). */
  message: string;
  /** The words the guard flagged. */
  words: string[];
  onAnonymise: () => void;
  onPostAnyway: () => void;
  posting?: boolean;
}

/**
 * The privacy guard's warning under a form: what was flagged, "Anonimiseer" (names to initials)
 * and "Toch plaatsen" (send again with confirmPrivacyWarning). A warning, not a wall.
 */
export function PrivacyWarning({
  message,
  words,
  onAnonymise,
  onPostAnyway,
  posting,
}: PrivacyWarningProps) {
  const { t } = useTranslation();
  return (
    <Alert
      color="yellow"
      variant="light"
      title={t('privacy.title')}
      icon={<IconShieldExclamation size={20} aria-hidden="true" />}
      role="alert"
    >
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
        {words.length > 0 ? (
          <Text size="sm">
            {t('privacy.flagged')}{' '}
            {words.map((word, index) => (
              <span key={word}>
                {index > 0 ? ', ' : null}
                <Mark>{word}</Mark>
              </span>
            ))}
          </Text>
        ) : null}
        <Text size="sm" c="dimmed">
          {t('privacy.hint')}
        </Text>
        <Group gap="sm">
          <Button size="xs" onClick={onAnonymise} disabled={posting}>
            {t('privacy.anonymise')}
          </Button>
          <Button size="xs" variant="default" onClick={onPostAnyway} loading={posting}>
            {t('privacy.postAnyway')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
