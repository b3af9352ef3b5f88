import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { BoundedLabelValues, metricsRegistry } from '@imis/observability';
import { getOperationAST } from 'graphql';
import { Histogram } from 'prom-client';

export const graphqlOperationDuration = new Histogram({
  name: 'imis_graphql_operation_duration_seconds',
  help: 'GraphQL operations answered by the gateway, from the request parsed to the result, by operation name and outcome (ok or the code of the first error)',
  labelNames: ['operation', 'outcome'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

/** The `extensions.code` values of docs/api.md; any other code is counted as OTHER_ERROR. */
const DOCUMENTED_CODES = new Set([
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'SERVICE_UNAVAILABLE',
  'PAYLOAD_TOO_LARGE',
  'INTERNAL_SERVER_ERROR',
]);

export const ANONYMOUS_OPERATION = 'anonymous';

interface Observed {
  started: number;
  /** The client's `operationName`, until execution names the operation it runs. */
  name?: string | null;
  executed: boolean;
}

/**
 * `imis_graphql_operation_duration_seconds{operation, outcome}` for every GraphQL request the runtime
 * answers with a result. `operation` is the executed operation's name (`anonymous` without one); a name is
 * admitted to the label's values only once an operation of that name has been executed (signed in and
 * valid), up to `operationNames.limit` names, so that no caller can make series at will: the rest, and
 * requests refused before execution under a name never executed, count as `other`. `outcome` is `ok`, or
 * the documented `extensions.code` of the first error (OTHER_ERROR for any other code).
 */
export function useOperationMetrics(operationNames: BoundedLabelValues): GatewayPlugin {
  const observed = new WeakMap<Request, Observed>();
  return {
    onRequestParse({ request }) {
      observed.set(request, { started: performance.now(), executed: false });
    },
    onParams({ request, params }) {
      const entry = observed.get(request);
      if (entry) entry.name = params.operationName;
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const entry = request && observed.get(request);
      if (!entry) return;
      entry.executed = true;
      entry.name = getOperationAST(args.document, args.operationName)?.name?.value ?? null;
    },
    onResultProcess({ request, result }) {
      const entry = observed.get(request);
      if (!entry) return;
      observed.delete(request);
      const operation = operationLabel(entry, operationNames);
      graphqlOperationDuration.observe({ operation, outcome: outcomeOf(result) }, (performance.now() - entry.started) / 1000);
    },
  };
}

function operationLabel({ name, executed }: Observed, names: BoundedLabelValues): string {
  if (executed && !name) return ANONYMOUS_OPERATION;
  return name ? names.of(name, executed) : names.overflow;
}

/** `ok`, or the code of the result's first error; a streamed result (none today) counts as ok. */
export function outcomeOf(result: unknown): string {
  const errors = (result as { errors?: readonly { extensions?: { code?: unknown } }[] } | null)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return 'ok';
  const code = errors[0]?.extensions?.code;
  return typeof code === 'string' && DOCUMENTED_CODES.has(code) ? code : 'OTHER_ERROR';
}
