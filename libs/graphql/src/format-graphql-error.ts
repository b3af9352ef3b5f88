import type { GraphQLFormattedError } from 'graphql';
import { InvalidCommandInput } from '@imis/application';

/** Codes whose message is meant for the caller; anything else is reported as a generic internal error. */
const CALLER_CODES = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'SERVICE_UNAVAILABLE',
]);

const NEST_STATUS_CODES: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
};

/**
 * Apollo `formatError`: never a stack trace or internal detail, always an `extensions.code`. Nest HTTP
 * exceptions thrown in resolvers are mapped to their GraphQL code, and a command's malformed request
 * (`InvalidCommandInput` of @imis/application) to BAD_USER_INPUT with its field.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const invalid = (error as { originalError?: unknown } | undefined)?.originalError;
  if (invalid instanceof InvalidCommandInput) {
    const extensions = { code: 'BAD_USER_INPUT', ...(invalid.field ? { field: invalid.field } : {}) };
    return { message: invalid.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  const extensions = formatted.extensions ?? {};
  let code = typeof extensions.code === 'string' ? extensions.code : undefined;
  const status = nestStatusOf(error, extensions);
  if (status !== undefined && NEST_STATUS_CODES[status]) code = NEST_STATUS_CODES[status];
  if (code && CALLER_CODES.has(code)) {
    const { stacktrace: _stacktrace, originalError: _originalError, exception: _exception, ...safe } = extensions as Record<string, unknown>;
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { ...safe, code } };
  }
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

function nestStatusOf(error: unknown, extensions: Record<string, unknown>): number | undefined {
  const original = (error as { originalError?: { getStatus?: () => number } } | undefined)?.originalError;
  if (original && typeof original.getStatus === 'function') return original.getStatus();
  const fromExtensions = (extensions.originalError as { statusCode?: number } | undefined)?.statusCode;
  return typeof fromExtensions === 'number' ? fromExtensions : undefined;
}
