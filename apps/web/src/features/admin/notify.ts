import type { TFunction } from 'i18next';

import { errorMessageKey, getApiError } from '../../lib/errors';
import { notifyFailure } from '../../lib/notify';

export { notifySuccess } from '../../lib/notify';

/** Shows the server's Dutch message for input problems, a generic one otherwise. */
export function notifyError(t: TFunction, error: unknown): void {
  const info = getApiError(error);
  const message =
    (info.code === 'BAD_USER_INPUT' || info.code === 'CONFLICT') && info.message
      ? info.message
      : t(errorMessageKey(info.code));
  notifyFailure(message, { title: t('admin.actionFailed') });
}
