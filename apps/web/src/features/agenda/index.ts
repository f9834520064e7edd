import { registerAgendaLocales } from './locales';

registerAgendaLocales();

export { AgendaPage } from './components/AgendaPage';
export { CreateEventPage, EditEventPage } from './components/EventFormPage';
export { EventPage } from './components/EventPage';
export { RegistrationsPage } from './components/RegistrationsPage';
export { RequireEventManager } from './components/RequireEventManager';
