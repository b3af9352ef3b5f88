import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { composeServices } from '@theguild/federation-composition';
import { getIntrospectionQuery, parse } from 'graphql';
import { type ManagedProcess, startProcess, stopAll, waitForReady } from '@imis/deployment';
import { freePort, TestAuthority } from '@imis/testing';
import { startTinySubgraph, tinySubgraphSdl, type TinySubgraph } from './support/tiny-subgraph';

interface GraphqlResponse {
  status: number;
  correlationId: string | null;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/**
 * The gateway as its own process (as deployed: the Rust query planner is a native addon loaded by a
 * dynamic import, which Jest's module system does not run) in front of an in-test stub subgraph.
 */
describe('gateway', () => {
  let subgraph: TinySubgraph;
  let gatewayUrl: string;
  let workDir: string;
  let gateway: ManagedProcess;
  let authority: TestAuthority;
  /** Authorization header of a valid token from the authority the gateway trusts. */
  let signedIn: { authorization: string };

  const anonymous = async (text: string, headers: Record<string, string> = {}, operationName?: string): Promise<GraphqlResponse> => {
    const response = await fetch(`${gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: text, operationName }),
    });
    return { status: response.status, correlationId: response.headers.get('x-correlation-id'), body: await response.json() };
  };
  const query = (text: string, headers: Record<string, string> = {}) => anonymous(text, { ...signedIn, ...headers });
  // A refused request is a request error: no `data`, one error (HTTP 200, as every GraphQL error of the API).
  const refusedWith = (reason: string) => ({
    errors: [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED', reason } }],
  });

  beforeAll(async () => {
    authority = await TestAuthority.create();
    signedIn = { authorization: `Bearer ${await authority.administratorToken()}` };
    subgraph = await startTinySubgraph();
    // Composed with the default URL, as committed; the gateway must take LOCATION_URL instead.
    const composition = composeServices([
      { name: 'location', url: 'http://127.0.0.1:1/graphql', typeDefs: parse(tinySubgraphSdl) },
    ]);
    if (composition.errors) throw new Error(composition.errors.map((error) => error.message).join('\n'));
    workDir = mkdtempSync(join(tmpdir(), 'imis-gateway-'));
    const supergraphPath = join(workDir, 'supergraph.graphql');
    writeFileSync(supergraphPath, composition.supergraphSdl);
    const port = await freePort();
    gateway = startProcess(
      'gateway',
      'gateway/src/main.ts',
      {
        GATEWAY_PORT: String(port),
        HOST: '127.0.0.1',
        SUPERGRAPH_PATH: supergraphPath,
        LOCATION_URL: subgraph.url,
        AUTH_JWKS: authority.jwks,
        SUBGRAPH_TIMEOUT_MS: '1000',
        LOG_LEVEL: 'info',
        CORS_ORIGINS: 'https://app.example.org, https://admin.example.org',
      },
      { quiet: true },
    );
    gatewayUrl = `http://127.0.0.1:${port}`;
    await waitForReady(`${gatewayUrl}/health/ready`, 60_000, gateway);
  });

  afterAll(async () => {
    await stopAll();
    await subgraph?.stop();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  describe('CORS', () => {
    const preflight = (origin: string) =>
      fetch(`${gatewayUrl}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
      });

    it('answers a listed origin, with credentials and the correlation id exposed', async () => {
      const answer = await preflight('https://admin.example.org');
      expect(answer.headers.get('access-control-allow-origin')).toBe('https://admin.example.org');
      expect(answer.headers.get('access-control-allow-credentials')).toBe('true');
      const actual = await fetch(`${gatewayUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://app.example.org', ...signedIn },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(actual.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
      expect(actual.headers.get('access-control-expose-headers')).toBe('x-correlation-id');
    });

    it('gives an unlisted origin no CORS header, preflight or actual request', async () => {
      const answer = await preflight('https://evil.example.com');
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
      expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
      const actual = await fetch(`${gatewayUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://evil.example.com', ...signedIn },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(actual.status).toBe(200);
      expect(actual.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  it('answers a query through the subgraph at its overridden URL', async () => {
    const response = await query('{ locations(first: 1) { totalCount edges { node { id code name } } } }');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: { locations: { totalCount: 2, edges: [{ node: { id: 'loc-1', code: 'R1', name: 'Region One' } }] } },
    });
  });

  it('forwards a valid token, x-correlation-id and the client address (not its own X-Forwarded-For: it is no trusted proxy) to the subgraph', async () => {
    const response = await query('{ receivedHeaders { authorization correlationId forwardedFor } }', {
      'x-correlation-id': 'corr-123',
      'x-forwarded-for': '203.0.113.7',
    });
    expect(response.body.data).toEqual({
      receivedHeaders: { authorization: signedIn.authorization, correlationId: 'corr-123', forwardedFor: '127.0.0.1' },
    });
    expect(response.correlationId).toBe('corr-123');
  });

  it('generates a correlation id when the client sends none and passes it on', async () => {
    const response = await query('{ receivedHeaders { correlationId } }');
    const received = response.body.data?.receivedHeaders as { correlationId: string };
    expect(received.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.correlationId).toBe(received.correlationId);
  });

  it('answers requests whose body it cannot take as a GraphQL request as the runtime does', async () => {
    const post = async (body: string, contentType = 'application/json') => {
      const response = await fetch(`${gatewayUrl}/graphql`, { method: 'POST', headers: { 'content-type': contentType, ...signedIn }, body });
      return { status: response.status, body: (await response.json()) as GraphqlResponse['body'] };
    };
    expect(await post('{"query":')).toEqual({ status: 400, body: { errors: [{ message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' } }] } });
    expect(await post('{}')).toEqual({ status: 400, body: { errors: [{ message: 'Must provide query string.', extensions: { code: 'BAD_REQUEST' } }] } });
    expect(await post('{ locations(first: 1) { totalCount } }', 'text/plain')).toEqual({
      status: 415,
      body: { errors: [{ message: 'Send the GraphQL request as JSON in UTF-8: content-type application/json', extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] },
    });
    const notAnObject = await post('null');
    expect(notAnObject.status).toBe(400);
    expect(notAnObject.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_REQUEST' });
    expect((await post('{ locations(first: 1) { totalCount } }', 'application/graphql')).body).toEqual({ data: { locations: { totalCount: 2 } } });
    const get = await fetch(`${gatewayUrl}/graphql?query=${encodeURIComponent('{ locations(first: 1) { totalCount } }')}`, {
      headers: { accept: 'application/json', ...signedIn },
    });
    expect(await get.json()).toEqual({ data: { locations: { totalCount: 2 } } });
    expect((await fetch(`${gatewayUrl}/graphql/other`, { method: 'POST' })).status).toBe(404);
  });

  it('logs one compact line per GraphQL request, and the runtime logs with the correlation id', async () => {
    const logLines = () => gateway.recentOutput().split('\n').flatMap((line) => (line.startsWith('{') ? [JSON.parse(line) as Record<string, unknown>] : []));
    await query('{ locations(first: 1) { totalCount } }', { 'x-correlation-id': 'corr-log-1' });
    const forger = await TestAuthority.create();
    await anonymous('{ locations { totalCount } }', { authorization: `Bearer ${await forger.administratorToken()}`, 'x-correlation-id': 'corr-log-2' });
    // The lines arrive through the child's pipe a moment after the responses.
    for (const deadline = Date.now() + 5_000; Date.now() < deadline && !logLines().some((line) => line.correlationId === 'corr-log-2' && line.msg === 'request completed'); ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(logLines().filter((line) => line.correlationId === 'corr-log-1')).toEqual([
      expect.objectContaining({ level: 30, msg: 'request completed', req: { method: 'POST', url: '/graphql' }, res: { statusCode: 200 }, responseTime: expect.any(Number) }),
    ]);
    const refused = logLines().filter((line) => line.correlationId === 'corr-log-2');
    expect(refused.map((line) => line.msg)).toEqual(['Access token refused', 'request completed']);
  });

  it('refuses an anonymous query with TOKEN_MISSING without reaching the subgraph', async () => {
    const before = subgraph.requests();
    const response = await anonymous('{ locations { totalCount } }');
    expect(response.status).toBe(200);
    expect(response.body).toEqual(refusedWith('TOKEN_MISSING'));
    expect((await anonymous('{ __typename locations { totalCount } }')).body).toEqual(refusedWith('TOKEN_MISSING'));
    expect((await anonymous('{ ...Root } fragment Root on Query { locations { totalCount } }')).body).toEqual(refusedWith('TOKEN_MISSING'));
    expect((await anonymous('{ nope }')).body).toEqual(refusedWith('TOKEN_MISSING'));
    expect(subgraph.requests()).toBe(before);
  });

  it("lets an anonymous login through, with the client's address in X-Forwarded-For", async () => {
    const response = await anonymous('mutation SignIn { login(username: "admin") { authorization forwardedFor } }');
    expect(response.body).toEqual({ data: { login: { authorization: null, forwardedFor: '127.0.0.1' } } });
    const named = await anonymous(
      'query Other { locations { totalCount } } mutation SignIn { ... on Mutation { login(username: "admin") { forwardedFor } } }',
      { 'x-forwarded-for': '198.51.100.1, 10.0.0.2' },
      'SignIn',
    );
    expect(named.body).toEqual({ data: { login: { forwardedFor: '127.0.0.1' } } });
    expect((await anonymous('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses anonymous introspection', async () => {
    expect((await anonymous('{ __schema { queryType { name } } }')).body).toEqual(refusedWith('TOKEN_MISSING'));
    expect((await anonymous('{ __type(name: "Location") { name } }')).body).toEqual(refusedWith('TOKEN_MISSING'));
    const signedInIntrospection = await query('{ __schema { queryType { name } } }');
    expect(signedInIntrospection.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('refuses deep, aliased and oversized queries as request errors, without reaching the subgraph', async () => {
    /** `nested { child { child … { level } } }`: `levels` fields deep, the last `level` included. */
    const nested = (levels: number) => `{ nested { ${'child { '.repeat(levels - 2)}level ${'} '.repeat(levels - 2)}} }`;
    const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')} }`;
    const limitError = (code: string, limit: string) => ({ message: expect.any(String), extensions: { code, limit } });
    const before = subgraph.requests();
    for (const levels of [12, 60]) {
      const deep = await query(nested(levels));
      expect(deep.status).toBe(200);
      expect(deep.body.data).toBeUndefined();
      expect(deep.body.errors).toContainEqual(limitError('GRAPHQL_VALIDATION_FAILED', 'MAX_DEPTH'));
      expect(deep.body.errors?.map((error) => error.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
    }
    const thousand = await query(aliases(1000, 'locations(first: 100) { totalCount }'));
    expect(thousand.status).toBe(200);
    expect(thousand.body).toEqual({ errors: [limitError('GRAPHQL_PARSE_FAILED', 'MAX_TOKENS')] });
    const hundred = await query(aliases(100, 'locations(first: 100) { totalCount }'));
    expect(hundred.body).toEqual({ errors: [limitError('GRAPHQL_VALIDATION_FAILED', 'MAX_ALIASES')] });
    expect(subgraph.requests()).toBe(before);
    expect((await query(nested(3))).body).toEqual({ data: { nested: { child: { level: 2 } } } });
  });

  it('answers the full introspection query of tools', async () => {
    const response = await query(getIntrospectionQuery());
    expect(response.body.errors).toBeUndefined();
    expect(JSON.stringify(response.body.data)).toContain('"Location"');
  });

  it('refuses a token signed with another key as TOKEN_INVALID, even for login', async () => {
    const forger = await TestAuthority.create();
    const forged = { authorization: `Bearer ${await forger.administratorToken()}` };
    const before = subgraph.requests();
    expect((await anonymous('{ locations { totalCount } }', forged)).body).toEqual(refusedWith('TOKEN_INVALID'));
    expect((await anonymous('mutation { login(username: "admin") { forwardedFor } }', forged)).body).toEqual(refusedWith('TOKEN_INVALID'));
    expect((await anonymous('{ locations { totalCount } }', { authorization: 'Bearer not.a.jwt' })).body).toEqual(refusedWith('TOKEN_INVALID'));
    expect((await anonymous('{ __typename }', { authorization: 'Basic YWRtaW46YWRtaW4=' })).body).toEqual(refusedWith('TOKEN_INVALID'));
    expect(subgraph.requests()).toBe(before);
  });

  it('refuses an expired token as TOKEN_EXPIRED, except beside a refresh or sign-in', async () => {
    const anHourAgo = new Date(Date.now() - 3600_000);
    const expired = { authorization: `Bearer ${await authority.token({ username: 'late' }, anHourAgo)}` };
    expect((await anonymous('{ locations { totalCount } }', expired)).body).toEqual(refusedWith('TOKEN_EXPIRED'));
    expect((await anonymous('{ __typename locations { totalCount } }', expired)).body).toEqual(refusedWith('TOKEN_EXPIRED'));
    // What a client does on TOKEN_EXPIRED: refresh, still sending its expired header.
    const refreshed = await anonymous('mutation { refreshToken(refreshToken: "r") { authorization } }', expired);
    expect(refreshed.body).toEqual({ data: { refreshToken: { authorization: expired.authorization } } });
    expect((await anonymous('mutation { login(username: "late") { forwardedFor } }', expired)).body.errors).toBeUndefined();
  });

  it('logs refusals (its own UNAUTHENTICATED, a subgraph FORBIDDEN) below error, without a stack', async () => {
    const marker = `refusal-${Date.now()}`;
    expect((await anonymous('{ locations { totalCount } }', { 'x-correlation-id': `${marker}-1` })).body).toEqual(refusedWith('TOKEN_MISSING'));
    expect((await query('{ refuse }', { 'x-correlation-id': `${marker}-2` })).body.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
    const lines = await eventuallyLines(marker, 2);
    expect(lines.filter((line) => Number(line.level) >= 50 || JSON.stringify(line).includes('    at '))).toEqual([]);
    expect(lines).toContainEqual(expect.objectContaining({ level: 30, code: 'FORBIDDEN', msg: 'request refused: FORBIDDEN' }));
  });

  /** The gateway's JSON log lines carrying a correlation id that starts with `marker`, once `count` requests are logged. */
  const eventuallyLines = async (marker: string, count: number): Promise<Record<string, unknown>[]> => {
    const deadline = Date.now() + 5000;
    for (;;) {
      const lines = gateway
        .recentOutput()
        .split('\n')
        .filter((line) => line.includes(marker))
        .map((line) => JSON.parse(line.slice(line.indexOf('{'))) as Record<string, unknown>);
      if (lines.filter((line) => line.msg === 'request completed' || line.res !== undefined).length >= count || Date.now() > deadline) return lines;
      await new Promise((resolve) => setImmediate(resolve));
    }
  };

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

  it('answers SERVICE_UNAVAILABLE when a subgraph is slower than SUBGRAPH_TIMEOUT_MS, and goes on serving', async () => {
    const started = Date.now();
    const slow = await query('{ slow(ms: 3000) }');
    expect(Date.now() - started).toBeLessThan(2500);
    expect(slow.body.errors).toEqual([
      { message: 'A service is temporarily unavailable; retry later', path: ['slow'], extensions: { code: 'SERVICE_UNAVAILABLE' } },
    ]);
    expect((await query('{ slow(ms: 10) }')).body).toEqual({ data: { slow: 'done' } });
  });

  it('serves liveness and metrics without a token', async () => {
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
