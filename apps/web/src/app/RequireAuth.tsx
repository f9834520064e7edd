import { Center } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';

import { ErrorAlert } from '../components/ErrorAlert';
import { PageLoader } from '../components/PageLoader';
import { isModerator, useCurrentMember } from '../hooks/useCurrentMember';
import { isSessionExpired } from '../lib/session';
import { ForbiddenPage } from './pages/ForbiddenPage';

/** Renders the signed-in routes, or sends the visitor to /inloggen (and back afterwards). */
export function RequireAuth() {
  const { member, loading, error, refetch } = useCurrentMember();
  const location = useLocation();

  if (loading) {
    return <PageLoader fullScreen />;
  }
  if (error && !member) {
    return (
      <Center mih="100dvh" p="md">
        <main>
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        </main>
      </Center>
    );
  }
  if (!member) {
    return (
      <Navigate
        to="/inloggen"
        replace
        state={{
          from: `${location.pathname}${location.search}`,
          ...(isSessionExpired() ? { reason: 'expired' } : {}),
        }}
      />
    );
  }
  return <Outlet />;
}

/** Beheer: admins and moderators (who see only the moderation tab). */
export function RequireModerator() {
  const { member } = useCurrentMember();
  return isModerator(member) ? <Outlet /> : <ForbiddenPage />;
}
