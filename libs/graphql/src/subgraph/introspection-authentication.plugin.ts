import type { ApolloServerPlugin } from '@apollo/server';
import { AuthenticationError, type TokenVerifier } from '@imis/auth';
import { BREAK, type DocumentNode, GraphQLError, visit } from 'graphql';
import type { GraphQLContext } from '../graphql-context';

/** Root fields that describe the schema: introspection proper and Federation's `_service { sdl }`. */
const SCHEMA_FIELDS = new Set(['__schema', '__type', '_service']);

/** Answers per parsed document: Apollo reuses the parsed document of a query it has seen (its document cache). */
const answers = new WeakMap<DocumentNode, boolean>();

/** True when the document asks for the schema (`__typename` alone does not). */
export function asksForSchema(document: DocumentNode): boolean {
  const known = answers.get(document);
  if (known !== undefined) return known;
  let found = false;
  visit(document, {
    Field(node) {
      if (!SCHEMA_FIELDS.has(node.name.value)) return undefined;
      found = true;
      return BREAK;
    },
  });
  answers.set(document, found);
  return found;
}

/**
 * Refuses a request that asks for the schema without a valid access token (UNAUTHENTICATED, as a resolver's
 * guard would): Nest's guards never see introspection fields, and a subgraph reached directly would otherwise
 * describe itself to anyone. The gateway does not need it at run time (its supergraph is static) and
 * print-schema builds the schema without HTTP. No verifier (a subgraph without AuthModule): always refused.
 */
export function introspectionAuthenticationPlugin(verifier: () => TokenVerifier | undefined): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!asksForSchema(document)) return;
          const request = contextValue.req as GraphQLContext['req'] & { user?: unknown };
          if (request.user) return;
          const tokens = verifier();
          try {
            if (!tokens) throw new AuthenticationError('TOKEN_MISSING');
            request.user = await tokens.verifyHeader(request.headers.authorization);
          } catch (error) {
            if (!(error instanceof AuthenticationError)) throw error;
            const code = error.reason === 'KEYS_UNAVAILABLE' ? 'SERVICE_UNAVAILABLE' : 'UNAUTHENTICATED';
            // HTTP 200, as every GraphQL error of the API (Apollo would answer 500 for an error thrown here).
            throw new GraphQLError(error.message, { extensions: { code, reason: error.reason, http: { status: 200 } } });
          }
        },
      };
    },
  };
}
