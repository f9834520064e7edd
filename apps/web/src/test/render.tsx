import type { ApolloCache } from '@apollo/client';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter, type RouteObject, useLocation, useRoutes } from 'react-router';

import { cssVariablesResolver, theme } from '../app/theme';
import { createCache } from '../lib/apollo';

export interface RenderOptions {
  mocks?: MockedProviderProps['mocks'];
  /** Initial URL for the memory router. */
  route?: string;
  cache?: ApolloCache;
}

function Providers({ children, mocks = [], cache }: { children: ReactNode } & RenderOptions) {
  return (
    <MockedProvider mocks={mocks} cache={cache ?? createCache()}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
        <Notifications />
        {children}
      </MantineProvider>
    </MockedProvider>
  );
}

/** Renders a component inside Apollo (mocked), Mantine and a memory router. */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}): RenderResult {
  return render(
    <Providers {...options}>
      <MemoryRouter initialEntries={[options.route ?? '/']}>{ui}</MemoryRouter>
    </Providers>,
  );
}

function RouteTree({ routes }: { routes: RouteObject[] }) {
  const location = useLocation();
  return (
    <>
      {useRoutes(routes)}
      <output data-testid="location" hidden>
        {JSON.stringify({ pathname: location.pathname, state: location.state })}
      </output>
    </>
  );
}

/**
 * Renders the given route tree (e.g. the app's routes) at a URL. Uses a memory router with
 * useRoutes: jsdom lacks the Fetch API that data routers need (lazy routes do not load here).
 */
export function renderRoutes(routes: RouteObject[], options: RenderOptions = {}) {
  const result = render(
    <Providers {...options}>
      <MemoryRouter initialEntries={[options.route ?? '/']}>
        <RouteTree routes={routes} />
      </MemoryRouter>
    </Providers>,
  );
  const currentLocation = (): { pathname: string; state: unknown } =>
    JSON.parse(result.getByTestId('location').textContent ?? '{}');
  return { ...result, currentLocation };
}
