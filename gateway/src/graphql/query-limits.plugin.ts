import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { type QueryLimits, queryLimitRules } from '@imis/graphql';
import { GraphQLError } from 'graphql';

/** graphql-js's message when a document has more tokens than `maxTokens` (it says "more that"). */
const TOO_MANY_TOKENS = /Document contains more tha[nt] \d+ tokens/;

/**
 * The query limits (GRAPHQL_MAX_*, @imis/graphql) at the gateway, before any planning or subgraph request:
 * the token count while parsing (graphql-js's own `maxTokens`: parsing stops at the first token over), then
 * GraphQL Armor's depth, alias, directive and cost rules with the schema's other validation. The subgraphs
 * apply the same limits again to whatever reaches them directly.
 */
export function useQueryLimits(limits: QueryLimits): GatewayPlugin {
  const rules = queryLimitRules(limits);
  return {
    onParse({ parseFn, setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parseFn(source, { ...options, maxTokens: limits.maxTokens });
        } catch (error) {
          if (error instanceof GraphQLError && TOO_MANY_TOKENS.test(error.message)) {
            throw new GraphQLError(error.message, { extensions: { code: 'GRAPHQL_PARSE_FAILED', limit: 'MAX_TOKENS' } });
          }
          throw error;
        }
      });
    },
    onValidate({ addValidationRule }) {
      for (const rule of rules) addValidationRule(rule);
    },
  };
}
