import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';

import { getErrorCode } from './errors';
import { currentLanguage } from './i18n';

export interface CreateApolloClientOptions {
  /** Called when the server says the session is gone (UNAUTHENTICATED). */
  onUnauthenticated?: (operationName: string | undefined) => void;
  /** Defaults to `/graphql` on the same origin (the Vite proxy in development). */
  uri?: string;
}

/** Operations where UNAUTHENTICATED is an expected answer, not an expired session. */
const AUTH_OPERATIONS = new Set([
  'Login',
  'AcceptInvitation',
  'ResetPassword',
  'RequestPasswordReset',
  'InvitationInfo',
]);

/** Adds the headers the api needs on every request. */
export const requestHeadersLink = new ApolloLink((operation, forward) => {
  operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
    headers: {
      ...headers,
      'Accept-Language': currentLanguage(),
      // Apollo Server's CSRF prevention: forces a CORS preflight for cross-site requests.
      'apollo-require-preflight': 'true',
    },
  }));
  return forward(operation);
});

export function createUnauthenticatedLink(
  onUnauthenticated: CreateApolloClientOptions['onUnauthenticated'],
): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    if (
      getErrorCode(error) === 'UNAUTHENTICATED' &&
      !AUTH_OPERATIONS.has(operation.operationName ?? '')
    ) {
      onUnauthenticated?.(operation.operationName);
    }
  });
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // Pages of members and audit entries are separate results, keyed by their arguments.
          members: { keyArgs: ['filter', 'first', 'offset'] },
          auditLog: { keyArgs: ['first', 'offset'] },
        },
      },
      JobRole: { keyFields: ['slug'] },
      InvitationInfo: { keyFields: false },
      MemberPage: { keyFields: false },
      AuditLogPage: { keyFields: false },
    },
  });
}

export function createApolloClient(options: CreateApolloClientOptions = {}): ApolloClient {
  const httpLink = new HttpLink({ uri: options.uri ?? '/graphql', credentials: 'same-origin' });
  return new ApolloClient({
    link: ApolloLink.from([
      createUnauthenticatedLink(options.onUnauthenticated),
      requestHeadersLink,
      httpLink,
    ]),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
