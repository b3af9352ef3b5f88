import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import { parse } from 'graphql';
import type { ExecutionResult } from '@graphql-tools/utils';
import { httpTransport, PAYLOAD_TOO_LARGE } from './http-transport';
import { maskGatewayError } from './mask-gateway-error';

/** A real HTTP server answering every request as express's body parser does one over its limit. */
describe('httpTransport: a subgraph answering HTTP 413', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        response.writeHead(413, { 'content-type': 'text/html' });
        response.end('<pre>PayloadTooLargeError: request entity too large</pre>');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('becomes PAYLOAD_TOO_LARGE, which the gateway passes on as such', async () => {
    const executor = httpTransport(5000).getSubgraphExecutor({ transportEntry: { location: url, subgraph: 'location', kind: 'http' } } as never);
    const result = (await (executor as (request: unknown) => Promise<ExecutionResult>)({ document: parse('{ __typename }') })) as ExecutionResult;
    expect(result.errors?.map((error) => error.extensions.code)).toEqual([PAYLOAD_TOO_LARGE]);
    const masked = maskGatewayError(result.errors![0]);
    expect(masked).toMatchObject({ message: 'The request is larger than the location service accepts', extensions: { code: 'PAYLOAD_TOO_LARGE' } });
  });
});
