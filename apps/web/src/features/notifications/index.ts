import { registerNotificationLocales } from './locales';

registerNotificationLocales();

export { NotificationBell } from './components/NotificationBell';
