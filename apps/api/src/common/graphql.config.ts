import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloDriverConfig } from '@nestjs/apollo';

import { AppConfig } from '../config/config';
import { formatGraphQLError } from './graphql-errors';
import { createGraphQLContext } from './request-context';

/** Apollo Server options: query limits, CSRF prevention, no stack traces, no CDN landing page. */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH, ignoreIntrospection: true },
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES },
    costLimit: { maxCost: config.GRAPHQL_MAX_COST },
    maxTokens: { n: config.GRAPHQL_MAX_TOKENS },
    maxDirectives: { n: 50 },
    blockFieldSuggestion: { enabled: config.NODE_ENV === 'production' },
  }).protect();
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: config.NODE_ENV !== 'production',
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // No cache hints are used (responses are per member): skip the per-field cache-control hook.
    plugins: [...armor.plugins, ApolloServerPluginCacheControlDisabled()],
    validationRules: armor.validationRules,
    context: createGraphQLContext,
    formatError: formatGraphQLError,
    // Compact JSON (Apollo pretty-prints by default): fewer bytes and less CPU per response.
    stringifyResult: (value) => JSON.stringify(value),
  };
}
