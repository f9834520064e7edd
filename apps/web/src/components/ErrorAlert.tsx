import { Alert, Button, Group } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey, getApiError } from '../lib/errors';

export interface ErrorAlertProps {
  error: unknown;
  /** Title above the message; defaults to a generic "could not load" title. */
  title?: string;
  onRetry?: () => void;
}

/** Dutch (or English) message for a failed request, announced to screen readers. */
export function ErrorAlert({ error, title, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  const info = getApiError(error);
  const message =
    info.code === 'BAD_USER_INPUT' || info.code === 'CONFLICT'
      ? (info.message ?? t(errorMessageKey(info.code)))
      : t(errorMessageKey(info.code));
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      title={title ?? t('errors.loadFailed')}
      icon={<IconAlertTriangle aria-hidden="true" />}
    >
      {message}
      {onRetry ? (
        <Group mt="sm">
          <Button size="xs" variant="outline" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </Group>
      ) : null}
    </Alert>
  );
}
