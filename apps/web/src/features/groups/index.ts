import { registerGroupLocales } from './locales';

registerGroupLocales();

export { GroupPage } from './components/GroupPage';
export { GroupsPage } from './components/GroupsPage';
