import { createApolloClient } from '../lib/apollo';
import { expireSession } from '../lib/session';
import { isPublicPath } from './routes';

/**
 * The app's one Apollo client (tests build their own). When the server answers
 * UNAUTHENTICATED on a protected page, the member is forgotten and RequireAuth sends the
 * browser to /inloggen with a "session expired" note.
 */
export const apolloClient = createApolloClient({
  onUnauthenticated: () => {
    if (!isPublicPath(window.location.pathname)) {
      expireSession(apolloClient.cache);
    }
  },
});
