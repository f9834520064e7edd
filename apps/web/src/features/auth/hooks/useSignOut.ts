import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { notifyFailure } from '../../../lib/notify';
import { writeCurrentMember } from '../../../lib/session';
import { LogoutMutation } from '../graphql/logout';

export interface UseSignOutResult {
  signOut: () => Promise<void>;
  signingOut: boolean;
}

/** Ends the session on the server, forgets all cached data and goes to the sign-in page. */
export function useSignOut(): UseSignOutResult {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LogoutMutation);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } catch {
      notifyFailure(t('userMenu.signOutFailed'));
      return;
    }
    await client.clearStore();
    writeCurrentMember(client.cache, null);
    await navigate('/inloggen', { replace: true, state: { signedOut: true } });
  }, [client, logout, navigate, t]);

  return { signOut, signingOut: loading };
}
