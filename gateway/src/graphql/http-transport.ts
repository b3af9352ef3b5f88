import { Agent as HttpAgent, type IncomingMessage, request as httpRequest, type RequestOptions } from 'http';
import { Agent as HttpsAgent, request as httpsRequest } from 'https';
import type { DisposableExecutor, Transport } from '@graphql-mesh/transport-common';
import { createGraphQLError, type ExecutionRequest, type ExecutionResult } from '@graphql-tools/utils';
import { type DocumentNode, print } from 'graphql';

/** Code of the error a client gets when a subgraph refuses the gateway's request as too large (HTTP 413). */
export const PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE';

const ACCEPT = 'application/graphql-response+json, application/json';

/**
 * The "http" transport of the Hive runtime: each subgraph request is one GraphQL-over-HTTP POST with Node's
 * own HTTP client over a keep-alive agent per subgraph, limited to `timeoutMs` by a timer cleared on the answer.
 *
 * It replaces `@graphql-tools/executor-http` with the runtime's `upstreamTimeout`: those combine the
 * request's abort signal with a timeout signal and with their executor's long-lived dispose signal through
 * `abortSignalAny`, which leaves one listener per request on the long-lived signal until a garbage-collection
 * callback removes it, and each new listener scans those already there (profiled: ~3% of the gateway's
 * CPU). Here the only listener is on the client request's own signal, and it is removed at the end.
 * It does not go through the runtime's fetch (a WHATWG fetch over Node's client, with request, response and
 * stream objects per call: ~7% of the gateway's CPU, ADR 0005), so the runtime's `onFetch` plugin hooks do
 * not run: the headers the runtime propagates (`request.extensions.headers`, set by `propagateHeaders`
 * before any fetch) are sent from here.
 * Queries and mutations only (no subscriptions, no file uploads): what the supergraph has.
 */
export function httpTransport(timeoutMs: number): Transport {
  return {
    getSubgraphExecutor({ transportEntry }) {
      const endpoint = transportEntry.location;
      if (!endpoint) throw new Error(`Subgraph ${transportEntry.subgraph} has no URL`);
      const url = new URL(endpoint);
      const https = url.protocol === 'https:';
      const agent = https ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
      const send = https ? httpsRequest : httpRequest;
      const target: RequestOptions = {
        protocol: url.protocol,
        hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: 'POST',
        agent,
      };
      const subgraphHeaders = transportEntry.headers ? Object.fromEntries(transportEntry.headers) : {};

      const executeOverHttp = async function executeOverHttp(request: ExecutionRequest): Promise<ExecutionResult> {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(TIMED_OUT), timeoutMs);
        const clientSignal: AbortSignal | undefined = request.signal ?? request.info?.signal;
        const onClientAbort = () => controller.abort(clientSignal?.reason);
        clientSignal?.addEventListener('abort', onClientAbort, { once: true });
        try {
          const { headers, ...extensions } = (request.extensions ?? {}) as { headers?: Record<string, string | null | undefined> };
          const body = JSON.stringify({
            query: printed(request.document),
            variables: request.variables,
            operationName: request.operationName,
            extensions: Object.keys(extensions).length > 0 ? extensions : undefined,
          });
          const requestHeaders: Record<string, string | number> = { accept: ACCEPT, 'content-type': 'application/json', ...subgraphHeaders };
          for (const name in headers) {
            const value = headers[name];
            if (value != null) requestHeaders[name] = value;
          }
          requestHeaders['content-length'] = Buffer.byteLength(body);
          const { status, text } = await post(send, { ...target, headers: requestHeaders, signal: controller.signal }, body);
          const result = parseResult(text);
          if (result) return result;
          if (status === 413) {
            return failure(`The request is larger than the ${transportEntry.subgraph} service accepts`, PAYLOAD_TOO_LARGE);
          }
          return failure(`${transportEntry.subgraph} answered HTTP ${status} without a GraphQL result`, 'SUBREQUEST_HTTP_ERROR');
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
      // The runtime disposes its executors when it is disposed (shutdown): close the kept-alive connections.
      return Object.assign(executeOverHttp, { [Symbol.dispose]: () => agent.destroy() }) as DisposableExecutor;
    },
  };
}

/** One POST; resolves with the status and the whole body as text (a subgraph's answer is small). */
function post(send: typeof httpRequest, options: RequestOptions, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = send(options, (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.once('error', reject);
      response.once('close', () => {
        if (!response.complete) reject(new Error('the subgraph closed the connection before the end of its answer'));
      });
      response.once('end', () =>
        resolve({ status: response.statusCode ?? 0, text: (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8') }),
      );
    });
    request.once('error', reject);
    request.end(body);
  });
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
function failure(message: string, code: 'SUBREQUEST_HTTP_ERROR' | 'GATEWAY_TIMEOUT' | typeof PAYLOAD_TOO_LARGE): ExecutionResult {
  return { errors: [createGraphQLError(message, { extensions: { code } })] };
}
