import { createBrowserRouter } from 'react-router';

import { createApolloClient } from '../lib/apollo';
import { writeCurrentMember } from '../lib/session';
import { isPublicPath, routes } from './routes';

/** The one Apollo client and router of the running app (tests build their own). */
export const apolloClient = createApolloClient({
  onUnauthenticated: () => {
    writeCurrentMember(apolloClient.cache, null);
    const { pathname, search } = window.location;
    if (!isPublicPath(pathname)) {
      void router.navigate('/inloggen', {
        replace: true,
        state: { from: `${pathname}${search}`, reason: 'expired' },
      });
    }
  },
});

export const router = createBrowserRouter(routes);
