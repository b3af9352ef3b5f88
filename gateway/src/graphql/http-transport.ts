import type { Transport } from '@graphql-mesh/transport-common';
import { createGraphQLError, type ExecutionRequest, type ExecutionResult } from '@graphql-tools/utils';
import { type DocumentNode, print } from 'graphql';

const ACCEPT = 'application/graphql-response+json, application/json';

/**
 * The "http" transport of the Hive runtime: each subgraph request is one GraphQL-over-HTTP POST through the
 * runtime's fetch (so that its plugins, e.g. header propagation, apply), limited to `timeoutMs` by a timer
 * cleared on the answer.
 *
 * It replaces `@graphql-tools/executor-http` with the runtime's `upstreamTimeout`: those combine the
 * request's abort signal with a timeout signal and with their executor's long-lived dispose signal through
 * `abortSignalAny`, which leaves one listener per request on the long-lived signal until a garbage-collection
 * callback removes it, and each new listener scans those already there (profiled: ~3% of the gateway's
 * CPU). Here the only listener is on the client request's own signal, and it is removed at the end.
 * Queries and mutations only (no subscriptions, no file uploads): what the supergraph has.
 */
export function httpTransport(timeoutMs: number): Transport {
  return {
    getSubgraphExecutor({ transportEntry, fetch }) {
      const endpoint = transportEntry.location;
      if (!endpoint) throw new Error(`Subgraph ${transportEntry.subgraph} has no URL`);
      if (!fetch) throw new Error('The gateway runtime provided no fetch');
      const subgraphHeaders = transportEntry.headers ? Object.fromEntries(transportEntry.headers) : {};

      return async function executeOverHttp(request: ExecutionRequest): Promise<ExecutionResult> {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(TIMED_OUT), timeoutMs);
        const clientSignal: AbortSignal | undefined = request.signal ?? request.info?.signal;
        const onClientAbort = () => controller.abort(clientSignal?.reason);
        clientSignal?.addEventListener('abort', onClientAbort, { once: true });
        try {
          const { headers, ...extensions } = (request.extensions ?? {}) as { headers?: Record<string, string> };
          const response = await fetch(
            endpoint,
            {
              method: 'POST',
              headers: { accept: ACCEPT, 'content-type': 'application/json', ...subgraphHeaders, ...headers },
              body: JSON.stringify({
                query: printed(request.document),
                variables: request.variables,
                operationName: request.operationName,
                extensions: Object.keys(extensions).length > 0 ? extensions : undefined,
              }),
              signal: controller.signal,
            },
            request.context,
            request.info,
          );
          const text = await response.text();
          const result = parseResult(text);
          if (result) return result;
          return failure(`${transportEntry.subgraph} answered HTTP ${response.status} without a GraphQL result`, 'SUBREQUEST_HTTP_ERROR');
        } catch (error) {
          if (controller.signal.reason === TIMED_OUT) {
            return failure(`${transportEntry.subgraph} did not answer within ${timeoutMs} ms`, 'GATEWAY_TIMEOUT');
          }
          return failure(error instanceof Error ? error.message : String(error), 'SUBREQUEST_HTTP_ERROR');
        } finally {
          clearTimeout(timer);
          clientSignal?.removeEventListener('abort', onClientAbort);
        }
      };
    },
  };
}

/** Abort reason of a subgraph request that took too long (a constant: no error and stack made per request). */
const TIMED_OUT = Object.freeze({ reason: 'subgraph timeout' });

/** The runtime plans the same subgraph documents again and again: print each one once. */
const printedDocuments = new WeakMap<DocumentNode, string>();
function printed(document: DocumentNode): string {
  let text = printedDocuments.get(document);
  if (text === undefined) {
    text = print(document);
    printedDocuments.set(document, text);
  }
  return text;
}

/** The subgraph's result, its errors as GraphQLError instances (the runtime relocates them by their path). */
function parseResult(text: string): ExecutionResult | undefined {
  let parsed: { data?: unknown; errors?: unknown } | null;
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object' || (parsed.data == null && !Array.isArray(parsed.errors))) return undefined;
  if (!Array.isArray(parsed.errors)) return parsed as ExecutionResult;
  const errors = (parsed.errors as { message: string }[]).map(({ message, ...options }) => createGraphQLError(message, options));
  return { ...(parsed as ExecutionResult), errors };
}

/** Codes the error masking turns into SERVICE_UNAVAILABLE (the message, with the subgraph's address, is logged only). */
function failure(message: string, code: 'SUBREQUEST_HTTP_ERROR' | 'GATEWAY_TIMEOUT'): ExecutionResult {
  return { errors: [createGraphQLError(message, { extensions: { code } })] };
}
