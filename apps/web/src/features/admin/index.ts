import { registerAdminLocales } from './locales';

registerAdminLocales();

export { AdminPage } from './components/AdminPage';
