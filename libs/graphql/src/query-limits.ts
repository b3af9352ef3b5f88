import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { z } from 'zod';

const limit = (fallback: number, description: string) => z.coerce.number().int().positive().default(fallback).describe(description);

/**
 * GRAPHQL_MAX_*: limits on the shape of a query, the same at the gateway and in every subgraph. The defaults
 * leave room for every client query of ours (the e2e suites) and refuse the recursive and aliased queries
 * that could take a service down.
 */
export const queryLimitsEnvSchema = z.object({
  GRAPHQL_MAX_DEPTH: limit(10, 'deepest field nesting of an operation (fragments add no level)'),
  GRAPHQL_MAX_ALIASES: limit(30, 'aliases in an operation'),
  GRAPHQL_MAX_TOKENS: limit(2000, 'lexical tokens of a document (checked while parsing)'),
  GRAPHQL_MAX_DIRECTIVES: limit(50, 'directives in an operation'),
  GRAPHQL_MAX_COST: limit(50000, 'estimated cost: objects 2, scalars 1, ×1.5 per level, × a literal `first`/`last`'),
});

export interface QueryLimits {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxTokens: number;
  readonly maxDirectives: number;
  readonly maxCost: number;
}

/** Which limit refused a query: `extensions.limit` of the GRAPHQL_VALIDATION_FAILED error. */
export type QueryLimitName = 'MAX_DEPTH' | 'MAX_ALIASES' | 'MAX_DIRECTIVES' | 'MAX_COST' | 'MAX_TOKENS';

export const QUERY_LIMIT_CODE = 'GRAPHQL_VALIDATION_FAILED';

/** The limits from the environment (GRAPHQL_MAX_*), defaults for what is not set; a malformed value throws. */
export function queryLimitsFrom(env: Record<string, string | undefined> = process.env): QueryLimits {
  const parsed = queryLimitsEnvSchema.parse(env);
  return {
    maxDepth: parsed.GRAPHQL_MAX_DEPTH,
    maxAliases: parsed.GRAPHQL_MAX_ALIASES,
    maxTokens: parsed.GRAPHQL_MAX_TOKENS,
    maxDirectives: parsed.GRAPHQL_MAX_DIRECTIVES,
    maxCost: parsed.GRAPHQL_MAX_COST,
  };
}

/**
 * GraphQL Armor's depth, alias, directive and cost checks as validation rules (Apollo `validationRules`, an
 * envelop `addValidationRule`). Armor throws out of the validation by default, which a server reports as an
 * internal error; here each refusal is reported as a validation error with its code and `extensions.limit`.
 * Introspection (`__schema`) is not counted; fragments (the gateway's `_entities { ... on T }` too) add no level.
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  const refuse = (name: QueryLimitName) => ({
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(queryLimitError(name, error.message))],
  });
  return [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...refuse('MAX_DEPTH') }),
    maxAliasesRule({ n: limits.maxAliases, ...refuse('MAX_ALIASES') }),
    maxDirectivesRule({ n: limits.maxDirectives, ...refuse('MAX_DIRECTIVES') }),
    costLimitRule({ maxCost: limits.maxCost, ignoreIntrospection: true, flattenFragments: true, ...refuse('MAX_COST') }),
  ];
}

/** The refusal of a query over a limit (armor's messages start with a misleading "Syntax Error: "). */
export function queryLimitError(name: QueryLimitName, message: string): GraphQLError {
  return new GraphQLError(message.replace(/^Syntax Error: /, ''), { extensions: { code: QUERY_LIMIT_CODE, limit: name } });
}
