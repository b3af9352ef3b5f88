import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLScalarType } from 'graphql';
import { formatGraphQLError } from '../format-graphql-error';
import type { GraphQLContext } from '../graphql-context';
import { LocalDateScalar } from '../local-date.scalar';
import { queryLimitRules, queryLimitsFrom } from '../query-limits';
import { inputSanitationPlugin } from '../sanitation/input-sanitation.plugin';
import { SubgraphDriver } from './subgraph-driver';
import { subgraphSchemaOptions } from './subgraph-options';

export interface SubgraphModuleOptions {
  /** Scalars the service's schema uses, by name (the `Date` scalar is there when `dates` is set). */
  readonly dates?: boolean;
  readonly scalars?: Record<string, GraphQLScalarType>;
}

/**
 * `GraphQLModule.forRoot` options shared by every service's subgraph: Federation 2 schema built in memory
 * (code first), `/graphql` (its JSON POSTs served ahead of express: SubgraphDriver), no playground, masked
 * errors, guards on field resolvers too, and the query limits (GRAPHQL_MAX_*: depth, aliases, directives and
 * cost as validation rules, tokens while parsing), which the service applies to the gateway's requests too.
 */
export function subgraphModuleOptions({ dates = false, scalars = {} }: SubgraphModuleOptions = {}): ApolloDriverConfig {
  const limits = queryLimitsFrom();
  return {
    driver: SubgraphDriver,
    autoSchemaFile: true,
    ...subgraphSchemaOptions(),
    path: '/graphql',
    playground: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    validationRules: queryLimitRules(limits),
    parseOptions: { maxTokens: limits.maxTokens },
    formatError: formatGraphQLError,
    // Inline traces are for Apollo's own gateway; ours (Hive) does not read them. No schema has @cacheControl hints
    // and nothing caches answers by their Cache-Control header: the default cache-control plugin's hook on every
    // resolved field would cost each request for nothing.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), inputSanitationPlugin()],
    context: ({ req, res }: GraphQLContext): GraphQLContext => ({ req, res }),
    // Nest runs guards on root fields only, unless told otherwise. Federation `_entities` calls the
    // `@ResolveReference` methods, which Nest registers as field resolvers: without this the global
    // AuthGuard would never see those requests and references would resolve with no token at all.
    fieldResolverEnhancers: ['guards'],
    resolvers: { ...(dates ? { Date: LocalDateScalar } : {}), ...scalars },
  };
}
