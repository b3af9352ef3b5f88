import { GraphQLError } from 'graphql';

/**
 * Extensions a client may see (`reason` of UNAUTHENTICATED, `requiredRights` of FORBIDDEN from @imis/auth,
 * `limit` of a query over a limit of @imis/graphql);
 * anything else (stacktrace, serviceName, request…) is dropped.
 */
const PUBLIC_EXTENSIONS = new Set(['code', 'field', 'argument', 'http', 'reason', 'requiredRights', 'limit']);
/** Codes whose message may carry internal details (SQL, hosts, stack) and are replaced by a generic one. */
const INTERNAL_CODES = new Set(['INTERNAL_SERVER_ERROR', 'DOWNSTREAM_SERVICE_ERROR']);
/** Codes of the runtime when a subgraph could not be reached in time: the client may retry. */
const UNAVAILABLE_CODES = new Set(['SUBREQUEST_HTTP_ERROR', 'TIMEOUT_ERROR', 'GATEWAY_TIMEOUT', 'SCHEMA_RELOAD', 'SHUTTING_DOWN']);
export const GENERIC_MESSAGE = 'Internal server error';
export const UNAVAILABLE_MESSAGE = 'A service is temporarily unavailable; retry later';

/**
 * Error masking of the gateway (Yoga `maskedErrors.maskError`): errors with a client-facing
 * `extensions.code` keep their message and code; everything else (a subgraph's unexpected error, a
 * gateway bug) becomes a generic INTERNAL_SERVER_ERROR, and an unreachable or slow subgraph a generic
 * SERVICE_UNAVAILABLE. A clean error is returned as is; the runtime logs the original of any other.
 */
export function maskGatewayError(error: unknown): Error {
  const graphQLError = isGraphQLError(error) ? error : undefined;
  const location = { nodes: graphQLError?.nodes, path: graphQLError?.path };
  if (graphQLError && UNAVAILABLE_CODES.has(String(graphQLError.extensions.code))) {
    return new GraphQLError(UNAVAILABLE_MESSAGE, { ...location, extensions: { code: 'SERVICE_UNAVAILABLE' } });
  }
  const code = clientCode(graphQLError);
  if (!graphQLError || code === undefined) {
    return new GraphQLError(GENERIC_MESSAGE, { ...location, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
  const keys = Object.keys(graphQLError.extensions);
  const http = graphQLError.extensions.http as { spec?: boolean } | undefined;
  const requestError = code === 'BAD_REQUEST' && http?.spec === true;
  if (graphQLError.extensions.code === code && keys.every((key) => PUBLIC_EXTENSIONS.has(key)) && !requestError) return graphQLError;
  const extensions: Record<string, unknown> = { code };
  for (const key of keys) {
    if (key !== 'code' && PUBLIC_EXTENSIONS.has(key)) extensions[key] = graphQLError.extensions[key];
  }
  // The runtime answers an error marked `spec` with HTTP 200 when the client accepts application/json. A
  // malformed request (invalid JSON, no query) loses the mark and keeps its 400 (docs/api.md); parse and
  // validation errors keep it, and their 200, like every GraphQL error.
  if (requestError) {
    const { spec: _spec, ...status } = http;
    extensions.http = status;
  }
  return new GraphQLError(graphQLError.message, { ...location, extensions });
}

/** The code a client may see, or undefined when the error must be masked. */
function clientCode(error: GraphQLError | undefined): string | undefined {
  if (!error) return undefined;
  const code = error.extensions.code;
  if (typeof code === 'string') return INTERNAL_CODES.has(code) ? undefined : code;
  if (error.originalError && !isGraphQLError(error.originalError)) return undefined;
  // Request errors of the runtime itself (no query, bad JSON…) carry only an HTTP status.
  const status = (error.extensions.http as { status?: number } | undefined)?.status;
  if (status !== undefined) return status >= 400 && status < 500 ? 'BAD_REQUEST' : undefined;
  // graphql-js refusing the request before execution (e.g. a variable the planner cannot coerce) raises
  // a bare GraphQLError with no path: the request is at fault, and its message names what is wrong.
  return error.path === undefined ? 'BAD_REQUEST' : undefined;
}

function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError || (error instanceof Error && error.name === 'GraphQLError');
}
