import type { RouteObject } from 'react-router';

import { PageLoader } from '../components/PageLoader';
import {
  AgendaPage,
  CreateEventPage,
  EditEventPage,
  EventPage,
  RegistrationsPage,
  RequireEventManager,
} from '../features/agenda';
import {
  AcceptInvitationPage,
  ForgotPasswordPage,
  ResetPasswordPage,
  SignInPage,
} from '../features/auth';
import { DirectoryPage } from '../features/directory';
import { GroupPage, GroupsPage } from '../features/groups';
import { HomePage } from '../features/home';
import { AskQuestionPage, GroupThreads, QuestionsPage, ThreadPage } from '../features/questions';
import { HomeSearch, SearchPage } from '../features/search';
import { NotificationSettingsPage } from '../features/settings';
import { AppLayout } from './layout/AppLayout';
import { PublicLayout } from './layout/PublicLayout';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteErrorPage } from './pages/RouteErrorPage';
import { RequireAuth, RequireModerator } from './RequireAuth';

/** Paths that signed-out visitors may see; an expired session elsewhere leads to /inloggen. */
export const PUBLIC_PATH_PREFIXES = [
  '/inloggen',
  '/wachtwoord-vergeten',
  '/wachtwoord-herstellen/',
  '/uitnodiging/',
];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATH_PREFIXES.some((prefix) => pathname.startsWith(prefix));
}

export const routes: RouteObject[] = [
  {
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: <PageLoader fullScreen />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: 'inloggen', element: <SignInPage /> },
          { path: 'wachtwoord-vergeten', element: <ForgotPasswordPage /> },
          { path: 'wachtwoord-herstellen/:token', element: <ResetPasswordPage /> },
          { path: 'uitnodiging/:token', element: <AcceptInvitationPage /> },
        ],
      },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppLayout />,
            children: [
              { index: true, element: <HomePage search={<HomeSearch />} /> },
              { path: 'zoeken', element: <SearchPage /> },
              { path: 'groepen', element: <GroupsPage /> },
              {
                path: 'groepen/:slug',
                element: (
                  <GroupPage
                    renderThreads={(group, canAsk) => (
                      <GroupThreads group={group} canAsk={canAsk} />
                    )}
                  />
                ),
              },
              { path: 'vragen', element: <QuestionsPage /> },
              { path: 'vragen/nieuw', element: <AskQuestionPage /> },
              { path: 'vragen/:id', element: <ThreadPage /> },
              { path: 'instellingen/meldingen', element: <NotificationSettingsPage /> },
              { path: 'agenda', element: <AgendaPage /> },
              { path: 'agenda/:id', element: <EventPage /> },
              {
                element: <RequireEventManager />,
                children: [
                  { path: 'agenda/nieuw', element: <CreateEventPage /> },
                  { path: 'agenda/:id/bewerken', element: <EditEventPage /> },
                  { path: 'agenda/:id/aanmeldingen', element: <RegistrationsPage /> },
                ],
              },
              {
                // Lazy: the editor's picker bundles the shared taxonomy.
                path: 'profiel',
                lazy: async () => {
                  const { ProfileEditorPage } = await import('../features/profile');
                  return { Component: ProfileEditorPage };
                },
              },
              { path: 'leden', element: <DirectoryPage /> },
              {
                path: 'leden/:id',
                lazy: async () => {
                  const { MemberProfilePage } = await import('../features/profile');
                  return { Component: MemberProfilePage };
                },
              },
              {
                // Admins see every tab, moderators only Moderatie.
                path: 'beheer',
                element: <RequireModerator />,
                children: [
                  {
                    index: true,
                    lazy: async () => {
                      const [{ AdminPage }, { ModerationPanel }] = await Promise.all([
                        import('../features/admin'),
                        import('../features/moderation'),
                      ]);
                      return {
                        Component: function BeheerPage() {
                          return <AdminPage moderation={<ModerationPanel />} />;
                        },
                      };
                    },
                  },
                ],
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];
