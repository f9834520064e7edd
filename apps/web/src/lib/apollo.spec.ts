import { ApolloClient, ApolloLink, gql, InMemoryCache } from '@apollo/client';
import { execute } from '@apollo/client/link';
import { GraphQLError } from 'graphql';
import { firstValueFrom, of } from 'rxjs';

import { resetI18n } from '../test/i18n';
import { createUnauthenticatedLink, requestHeadersLink } from './apollo';
import { i18n } from './i18n';

const ME = gql`
  query CurrentMember {
    me {
      id
    }
  }
`;
const LOGIN = gql`
  mutation Login {
    logout
  }
`;

function capturingLink(captured: Record<string, string>[]) {
  return new ApolloLink((operation) => {
    captured.push(operation.getContext().headers as Record<string, string>);
    return of({ data: { me: null } });
  });
}

function failingLink(code: string) {
  return new ApolloLink(() =>
    of({ errors: [new GraphQLError('Niet ingelogd', { extensions: { code } })] }),
  );
}

const client = new ApolloClient({ cache: new InMemoryCache(), link: ApolloLink.empty() });

describe('requestHeadersLink', () => {
  beforeEach(async () => {
    await resetI18n();
  });

  it('sends the UI language and the CSRF-prevention header on every request', async () => {
    const captured: Record<string, string>[] = [];
    const link = ApolloLink.from([requestHeadersLink, capturingLink(captured)]);

    await firstValueFrom(execute(link, { query: ME }, { client }));
    await i18n.changeLanguage('en');
    await firstValueFrom(execute(link, { query: ME }, { client }));

    expect(captured.map((headers) => headers['Accept-Language'])).toEqual(['nl', 'en']);
    expect(captured[0]?.['apollo-require-preflight']).toBe('true');
  });
});

describe('createUnauthenticatedLink', () => {
  it('reports an expired session on ordinary operations', async () => {
    const onUnauthenticated = jest.fn();
    const link = ApolloLink.from([
      createUnauthenticatedLink(onUnauthenticated),
      failingLink('UNAUTHENTICATED'),
    ]);

    await firstValueFrom(execute(link, { query: ME }, { client })).catch(() => undefined);

    expect(onUnauthenticated).toHaveBeenCalledWith('CurrentMember');
  });

  it('ignores UNAUTHENTICATED from sign-in itself and other error codes', async () => {
    const onUnauthenticated = jest.fn();
    const loginLink = ApolloLink.from([
      createUnauthenticatedLink(onUnauthenticated),
      failingLink('UNAUTHENTICATED'),
    ]);
    const forbiddenLink = ApolloLink.from([
      createUnauthenticatedLink(onUnauthenticated),
      failingLink('FORBIDDEN'),
    ]);

    await firstValueFrom(execute(loginLink, { query: LOGIN }, { client })).catch(() => undefined);
    await firstValueFrom(execute(forbiddenLink, { query: ME }, { client })).catch(() => undefined);

    expect(onUnauthenticated).not.toHaveBeenCalled();
  });
});
