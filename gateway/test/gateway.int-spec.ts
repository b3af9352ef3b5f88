import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { INestApplication } from '@nestjs/common';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { startGateway } from '../src/bootstrap';
import { startTinySubgraph, tinySubgraphSdl, type TinySubgraph } from './support/tiny-subgraph';

interface GraphqlResponse {
  status: number;
  correlationId: string | null;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

describe('gateway', () => {
  let subgraph: TinySubgraph;
  let gateway: INestApplication;
  let gatewayUrl: string;
  let workDir: string;

  const query = async (text: string, headers: Record<string, string> = {}): Promise<GraphqlResponse> => {
    const response = await fetch(`${gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: text }),
    });
    return { status: response.status, correlationId: response.headers.get('x-correlation-id'), body: await response.json() };
  };

  beforeAll(async () => {
    subgraph = await startTinySubgraph();
    // Composed with the default URL, as committed; the gateway must take LOCATION_URL instead.
    const composition = composeServices([
      { name: 'location', url: 'http://127.0.0.1:1/graphql', typeDefs: parse(tinySubgraphSdl) },
    ]);
    if (composition.errors) throw new Error(composition.errors.map((error) => error.message).join('\n'));
    workDir = mkdtempSync(join(tmpdir(), 'imis-gateway-'));
    const supergraphPath = join(workDir, 'supergraph.graphql');
    writeFileSync(supergraphPath, composition.supergraphSdl);
    gateway = await startGateway({
      GATEWAY_PORT: '0',
      SUPERGRAPH_PATH: supergraphPath,
      LOCATION_URL: subgraph.url,
      LOG_LEVEL: 'silent',
    });
    gatewayUrl = (await gateway.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(async () => {
    await gateway?.close();
    await subgraph?.stop();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('answers a query through the subgraph at its overridden URL', async () => {
    const response = await query('{ locations(first: 1) { totalCount edges { node { id code name } } } }');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: { locations: { totalCount: 2, edges: [{ node: { id: 'loc-1', code: 'R1', name: 'Region One' } }] } },
    });
  });

  it('forwards authorization and x-correlation-id to the subgraph', async () => {
    const response = await query('{ receivedHeaders { authorization correlationId } }', {
      authorization: 'Bearer token-1',
      'x-correlation-id': 'corr-123',
    });
    expect(response.body.data).toEqual({ receivedHeaders: { authorization: 'Bearer token-1', correlationId: 'corr-123' } });
    expect(response.correlationId).toBe('corr-123');
  });

  it('generates a correlation id when the client sends none and passes it on', async () => {
    const response = await query('{ receivedHeaders { authorization correlationId } }');
    const received = response.body.data?.receivedHeaders as { authorization: string | null; correlationId: string };
    expect(received.authorization).toBeNull();
    expect(received.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.correlationId).toBe(received.correlationId);
  });

  it('masks internal errors and keeps the code of client-facing ones', async () => {
    const internal = await query('{ failInternally }');
    expect(internal.body.errors).toEqual([
      { message: 'Internal server error', path: ['failInternally'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    const refused = await query('{ refuse }');
    expect(refused.body.errors).toEqual([
      { message: 'Right 1001 is required', path: ['refuse'], extensions: { code: 'FORBIDDEN' } },
    ]);
    const invalid = await query('{ nope }');
    expect(invalid.body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('serves liveness and metrics', async () => {
    expect((await fetch(`${gatewayUrl}/health/live`)).status).toBe(200);
    const metrics = await (await fetch(`${gatewayUrl}/metrics`)).text();
    expect(metrics).toContain('http_request_duration_seconds_bucket');
    expect(metrics).toContain('route="/graphql"');
  });

  it('is ready while the subgraph answers and not ready, naming it, once it stops', async () => {
    const ready = await fetch(`${gatewayUrl}/health/ready`);
    expect(ready.status).toBe(200);

    await subgraph.stop();

    const notReady = await fetch(`${gatewayUrl}/health/ready`);
    expect(notReady.status).toBe(503);
    const body = (await notReady.json()) as { error: Record<string, { status: string }> };
    expect(body.error['subgraph:location']?.status).toBe('down');
    const unavailable = await query('{ locations { totalCount } }');
    expect(unavailable.body.errors?.[0]).toEqual({
      message: 'A service is temporarily unavailable; retry later',
      path: ['locations'],
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  });
});
