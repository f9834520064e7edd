import { registerModerationLocales } from './locales';

registerModerationLocales();

export { ModerationPanel } from './components/ModerationPanel';
export { OpenReportsBadge } from './components/OpenReportsBadge';
