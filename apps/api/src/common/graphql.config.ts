import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloDriverConfig } from '@nestjs/apollo';

import { AppConfig } from '../config/config';
import { createErrorFormatter } from './graphql-errors';
import { createGraphQLContext } from './request-context';

/** Apollo Server options: query limits, CSRF prevention, no stack traces, no CDN landing page. */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const production = config.NODE_ENV === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH, ignoreIntrospection: true },
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES },
    costLimit: { maxCost: config.GRAPHQL_MAX_COST },
    // counted by graphql-js's own parser instead (parseOptions below): armor's plugin throws
    // outside the parse step, which Apollo answers with HTTP 500
    maxTokens: { enabled: false },
    maxDirectives: { n: 50 },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !production,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // No cache hints are used (responses are per member): skip the per-field cache-control hook.
    plugins: [...armor.plugins, ApolloServerPluginCacheControlDisabled()],
    validationRules: armor.validationRules,
    // over the limit: a syntax error, HTTP 400 GRAPHQL_PARSE_FAILED
    parseOptions: { maxTokens: config.GRAPHQL_MAX_TOKENS },
    context: createGraphQLContext,
    formatError: createErrorFormatter({ hideSuggestions: production }),
    // Compact JSON (Apollo pretty-prints by default): fewer bytes and less CPU per response.
    stringifyResult: (value) => JSON.stringify(value),
  };
}
