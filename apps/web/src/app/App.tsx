import { RouterProvider } from 'react-router/dom';

import { AppProviders } from './AppProviders';
import { apolloClient, router } from './client';

export function App() {
  return (
    <AppProviders client={apolloClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
