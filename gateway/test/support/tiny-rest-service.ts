import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'http';
import type { AddressInfo } from 'net';
import { buildSchema, graphql } from 'graphql';

/** SDL of a throwaway "insuree" subgraph: one field, so that it composes beside the tiny location subgraph. */
export const tinyRestServiceSdl = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { "Answers ok." insureeEcho: String }
`;

const schema = buildSchema('type Query { "Answers ok." insureeEcho: String }');

export const CSV_HEAD = 'row,column,code,message\r\n';
export const CSV_REST = '2,lastName,IMPORT_VALUE_REQUIRED,"Last name is required"\r\n';

export interface TinyRestService {
  url: string;
  /** Paths of the plain HTTP requests it received (its /graphql excluded), in order. */
  paths: string[];
  /** The headers of the last plain HTTP request. */
  lastHeaders(): IncomingHttpHeaders;
  /** Lets the errors CSV in progress send its last rows and end. */
  finishCsv(): void;
  stop(): Promise<void>;
}

/**
 * Stands in for the insuree service behind the gateway: a GraphQL endpoint (for readiness and composition)
 * and its two plain HTTP routes. The card keys answer with headers the gateway must not pass on; the
 * errors CSV wants an Authorization header and sends its header row at once and the rest only when the
 * test says so, so that a client reading the header row through the gateway proves the answer is streamed.
 */
export async function startTinyRestService(): Promise<TinyRestService> {
  const paths: string[] = [];
  let headers: IncomingHttpHeaders = {};
  let releaseCsv: (() => void) | undefined;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? '';
    if (path === '/graphql' && request.method === 'POST') return void answerGraphql(request, response);
    paths.push(path);
    headers = request.headers;
    if (path === '/.well-known/card-keys.json') {
      response.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'public, max-age=3600',
        'set-cookie': 'internal=1',
        server: 'insuree-internal',
        'x-internal-detail': 'db-host-1',
      });
      response.end(JSON.stringify({ format: 'IMIS1', keys: [{ kid: 'k1', kty: 'OKP', crv: 'Ed25519', x: 'AAAA' }] }));
      return;
    }
    if (/^\/insuree-imports\/[^/]+\/errors\.csv$/.test(path)) {
      if (!request.headers.authorization) {
        response.writeHead(401, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ statusCode: 401, code: 'UNAUTHENTICATED' }));
        return;
      }
      response.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="import-errors.csv"' });
      response.write(CSV_HEAD);
      releaseCsv = () => response.end(CSV_REST);
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    paths,
    lastHeaders: () => headers,
    finishCsv: () => releaseCsv?.(),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function answerGraphql(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; variables?: Record<string, unknown> };
  const result = await graphql({ schema, source: query, variableValues: variables, rootValue: { insureeEcho: () => 'ok' } });
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
}
