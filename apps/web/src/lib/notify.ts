import { notifications } from '@mantine/notifications';

import { i18n } from './i18n';

export interface NotifyOptions {
  title?: string;
  autoClose?: number | false;
}

function show(color: 'green' | 'red', message: string, options: NotifyOptions): void {
  notifications.show({
    color,
    message,
    title: options.title,
    autoClose: options.autoClose ?? (color === 'red' ? 8000 : 5000),
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}

/** A short confirmation in the corner of the screen (announced by screen readers). */
export function notifySuccess(message: string, options: NotifyOptions = {}): void {
  show('green', message, options);
}

export function notifyFailure(message: string, options: NotifyOptions = {}): void {
  show('red', message, options);
}
