import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';

import { errorMessageKey, getApiError } from '../../lib/errors';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', message, autoClose: 5000 });
}

/** Shows the server's Dutch message for input problems, a generic one otherwise. */
export function notifyError(t: TFunction, error: unknown): void {
  const info = getApiError(error);
  const message =
    (info.code === 'BAD_USER_INPUT' || info.code === 'CONFLICT') && info.message
      ? info.message
      : t(errorMessageKey(info.code));
  notifications.show({ color: 'red', title: t('admin.actionFailed'), message, autoClose: 8000 });
}
