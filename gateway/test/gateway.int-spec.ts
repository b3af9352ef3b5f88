import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';
import { composeSupergraph, type ManagedProcess, startProcess, stopAll, waitForReady } from '@imis/deployment';
import { freePort, TestAuthority } from '@imis/testing';
import { CSV_HEAD, CSV_REST, startTinyRestService, tinyRestServiceSdl, type TinyRestService } from './support/tiny-rest-service';
import { startTinySubgraph, tinySubgraphSdl, type TinySubgraph } from './support/tiny-subgraph';

interface GraphqlResponse {
  status: number;
  correlationId: string | null;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/**
 * The gateway as its own process (as deployed: the Rust query planner is a native addon loaded by a
 * dynamic import, which Jest's module system does not run) in front of in-test stub subgraphs: a location
 * subgraph, and an insuree service with its plain HTTP routes.
 */
const MAX_OPERATION_NAMES = 4;

describe('gateway', () => {
  let subgraph: TinySubgraph;
  let restService: TinyRestService;
  let gatewayUrl: string;
  let metricsUrl: string;
  /** The client schema composed with the supergraph the gateway runs. */
  let clientSdl: string;
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
    restService = await startTinyRestService();
    // Composed with the default URLs, as committed; the gateway must take LOCATION_URL and INSUREE_URL instead.
    const composition = composeSupergraph([
      { name: 'location', url: 'http://127.0.0.1:1/graphql', sdl: tinySubgraphSdl },
      { name: 'insuree', url: 'http://127.0.0.1:2/graphql', sdl: tinyRestServiceSdl },
    ]);
    if (!composition.ok) throw new Error(composition.errors.join('\n'));
    clientSdl = composition.clientSdl;
    workDir = mkdtempSync(join(tmpdir(), 'imis-gateway-'));
    const supergraphPath = join(workDir, 'supergraph.graphql');
    writeFileSync(supergraphPath, composition.supergraphSdl);
    const port = await freePort();
    const metricsPort = await freePort();
    gateway = startProcess(
      'gateway',
      'gateway/src/main.ts',
      {
        GATEWAY_PORT: String(port),
        HOST: '127.0.0.1',
        SUPERGRAPH_PATH: supergraphPath,
        LOCATION_URL: subgraph.url,
        INSUREE_URL: restService.url,
        GATEWAY_METRICS_PORT: String(metricsPort),
        GATEWAY_METRICS_MAX_OPERATIONS: String(MAX_OPERATION_NAMES),
        GRAPHIQL: 'true',
        AUTH_JWKS: authority.jwks,
        SUBGRAPH_TIMEOUT_MS: '1000',
        LOG_LEVEL: 'info',
        CORS_ORIGINS: 'https://app.example.org, https://admin.example.org',
      },
      { quiet: true },
    );
    gatewayUrl = `http://127.0.0.1:${port}`;
    metricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
    await waitForReady(`${gatewayUrl}/health/ready`, 60_000, gateway);
  });

  afterAll(async () => {
    await stopAll();
    await subgraph?.stop();
    await restService?.stop();
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

    it("answers a listed origin on the insuree service's file routes too, and an unlisted one not", async () => {
      const path = `${gatewayUrl}/insuree-imports/0190f1c2-3b4a-7c5d-8e6f-708192a3b4c5/errors.csv`;
      const answer = await fetch(path, {
        method: 'OPTIONS',
        headers: { origin: 'https://app.example.org', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
      });
      expect(answer.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
      expect(answer.headers.get('access-control-allow-headers')).toBe('authorization');
      const keys = await fetch(`${gatewayUrl}/.well-known/card-keys.json`, { headers: { origin: 'https://app.example.org' } });
      expect(keys.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
      expect(keys.headers.get('access-control-expose-headers')).toBe('x-correlation-id');
      const unlisted = await fetch(`${gatewayUrl}/.well-known/card-keys.json`, { headers: { origin: 'https://evil.example.com' } });
      expect(unlisted.headers.get('access-control-allow-origin')).toBeNull();
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

  it('serves liveness on its port, and metrics only on the metrics listener', async () => {
    expect((await fetch(`${gatewayUrl}/health/live`)).status).toBe(200);
    expect((await fetch(`${gatewayUrl}/metrics`)).status).toBe(404);
    const metrics = await (await fetch(metricsUrl)).text();
    expect(metrics).toContain('http_request_duration_seconds_bucket');
    expect(metrics).toContain('route="/graphql"');
    expect((await fetch(new URL('/health/live', metricsUrl))).status).toBe(404);
  });

  describe('operation metrics', () => {
    /** `imis_graphql_operation_duration_seconds_count` by operation and outcome, from the metrics listener. */
    const operationCounts = async (): Promise<Map<string, number>> => {
      const text = await (await fetch(metricsUrl)).text();
      const counts = new Map<string, number>();
      for (const [, labels, value] of text.matchAll(/^imis_graphql_operation_duration_seconds_count\{([^}]*)\} (\d+)$/gm)) {
        const label = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(labels!)?.[1];
        counts.set(`${label('operation')} ${label('outcome')}`, Number(value));
      }
      return counts;
    };
    const increase = (before: Map<string, number>, after: Map<string, number>, key: string) => (after.get(key) ?? 0) - (before.get(key) ?? 0);

    it('counts each operation by name and outcome, unnamed ones as anonymous', async () => {
      const before = await operationCounts();
      await query('query RegionCount { locations(first: 1) { totalCount } }');
      await query('query RegionCount { locations(first: 1) { totalCount } }');
      await query('query Refused { refuse }');
      await query('{ locations(first: 1) { totalCount } }');
      await query('query Broken { nope }');
      const after = await operationCounts();
      expect(increase(before, after, 'RegionCount ok')).toBe(2);
      expect(increase(before, after, 'Refused FORBIDDEN')).toBe(1);
      expect(increase(before, after, 'anonymous ok')).toBe(1);
      // Never executed: its name is the caller's word, not a label.
      expect(increase(before, after, 'other GRAPHQL_VALIDATION_FAILED')).toBe(1);
      expect(after.has('Broken GRAPHQL_VALIDATION_FAILED')).toBe(false);
    });

    it('keeps names of refused callers out of the labels, and caps the names kept', async () => {
      const before = await operationCounts();
      await anonymous('query Forged { locations { totalCount } }', {}, 'Forged');
      const afterForged = await operationCounts();
      expect(increase(before, afterForged, 'other UNAUTHENTICATED')).toBe(1);
      expect([...afterForged.keys()].some((key) => key.startsWith('Forged '))).toBe(false);

      for (const name of ['First', 'Second', 'Third', 'Fourth', 'Fifth']) await query(`query ${name} { __typename }`);
      const names = new Set([...(await operationCounts()).keys()].map((key) => key.split(' ')[0]).filter((name) => name !== 'anonymous' && name !== 'other'));
      expect(names.size).toBe(MAX_OPERATION_NAMES);
      expect(increase(afterForged, await operationCounts(), 'other ok')).toBeGreaterThanOrEqual(1);
    });
  });

  it('serves a client schema equal to the one composed with its supergraph', async () => {
    const response = await query(getIntrospectionQuery());
    const served = printSchema(lexicographicSortSchema(buildClientSchema(response.body.data as unknown as IntrospectionQuery)));
    expect(clientSdl).not.toMatch(/join__|link__/);
    expect(clientSdl.split('\n').filter((line) => !line.startsWith('#')).join('\n').trim()).toBe(served.trim());
  });

  describe('GraphiQL', () => {
    const EXTERNAL_URL = /https?:\/\/(?!127\.0\.0\.1[:/])/;
    const page = async () => {
      const response = await fetch(`${gatewayUrl}/graphql`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      return response.text();
    };
    /** What a page, style sheet or script loads: src and href attributes, CSS url() and @import, worker and fetch URLs. */
    const loadsIn = (text: string) => [
      ...[...text.matchAll(/\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/g)].map((match) => match[1]!),
      ...[...text.matchAll(/url\(\s*["']?([^"')]+)/g)].map((match) => match[1]!),
      ...[...text.matchAll(/@import\s+(?:url\()?["']?([^"');\s]+)/g)].map((match) => match[1]!),
      ...[...text.matchAll(/\b(?:src|importScripts|fetch|Worker)\s*[:(]\s*["'`](https?:[^"'`]+)/g)].map((match) => match[1]!),
    ];

    it('serves its page with no URL outside the gateway', async () => {
      const html = await page();
      expect(html).not.toMatch(EXTERNAL_URL);
      expect(html).toContain('YogaGraphiQL.renderYogaGraphiQL');
      const loads = loadsIn(html);
      expect(loads.sort()).toEqual(['/graphiql/favicon.ico', '/graphiql/graphiql.css', '/graphiql/graphiql.js']);
    });

    it('serves every file the page loads, and those files load nothing from elsewhere', async () => {
      const html = await page();
      const workers = [...html.matchAll(/"(\/graphiql\/[a-z]+\.worker\.js)"/g)].map((match) => match[1]!);
      expect(workers.sort()).toEqual(['/graphiql/editor.worker.js', '/graphiql/graphql.worker.js', '/graphiql/json.worker.js']);
      for (const path of [...loadsIn(html), ...workers]) {
        const response = await fetch(`${gatewayUrl}${path}`);
        expect({ path, status: response.status }).toEqual({ path, status: 200 });
        const body = Buffer.from(await response.arrayBuffer());
        expect(body.length).toBeGreaterThan(1000);
        if (path.endsWith('.ico')) {
          expect(response.headers.get('content-type')).toBe('image/x-icon');
          continue;
        }
        const external = loadsIn(body.toString('utf8')).filter((url) => EXTERNAL_URL.test(url) || url.startsWith('//'));
        expect({ path, external }).toEqual({ path, external: [] });
      }
    });

    it('lets browsers keep its files, and compresses them', async () => {
      const first = await fetch(`${gatewayUrl}/graphiql/graphiql.css`, { headers: { 'accept-encoding': 'gzip' } });
      expect(first.headers.get('content-encoding')).toBe('gzip');
      expect(first.headers.get('cache-control')).toBe('public, max-age=86400');
      const etag = first.headers.get('etag')!;
      expect((await first.text()).length).toBeGreaterThan(100_000);
      const again = await fetch(`${gatewayUrl}/graphiql/graphiql.css`, { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
      expect((await fetch(`${gatewayUrl}/graphiql/missing.js`)).status).toBe(404);
    });
  });

  describe("the insuree service's plain HTTP routes", () => {
    it('passes the card keys on, with the caller headers it needs and none of the service headers it does not', async () => {
      const response = await fetch(`${gatewayUrl}/.well-known/card-keys.json`, { headers: { 'x-correlation-id': 'corr-keys', cookie: 'session=1' } });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ format: 'IMIS1', keys: [expect.objectContaining({ kid: 'k1' })] });
      expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
      expect(response.headers.get('x-correlation-id')).toBe('corr-keys');
      for (const header of ['set-cookie', 'server', 'x-internal-detail']) expect(response.headers.get(header)).toBeNull();
      expect(restService.lastHeaders()).toMatchObject({ 'x-correlation-id': 'corr-keys', 'x-forwarded-for': '127.0.0.1' });
      expect(restService.lastHeaders().cookie).toBeUndefined();
    });

    it('streams the errors CSV with the caller token forwarded, and leaves the refusal to the service', async () => {
      const id = '0190f1c2-3b4a-7c5d-8e6f-708192a3b4c5';
      const refused = await fetch(`${gatewayUrl}/insuree-imports/${id}/errors.csv`);
      expect(refused.status).toBe(401);
      expect(await refused.json()).toEqual({ statusCode: 401, code: 'UNAUTHENTICATED' });

      const response = await fetch(`${gatewayUrl}/insuree-imports/${id}/errors.csv`, { headers: signedIn });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="import-errors.csv"');
      expect(restService.lastHeaders().authorization).toBe(signedIn.authorization);
      // The header row arrives while the service still holds the rest back: nothing is buffered on the way.
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let received = '';
      while (received.length < CSV_HEAD.length) received += decoder.decode((await reader.read()).value);
      expect(received).toBe(CSV_HEAD);
      restService.finishCsv();
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) received += decoder.decode(chunk.value);
      expect(received).toBe(CSV_HEAD + CSV_REST);
    });

    it('exposes nothing else of the service', async () => {
      const before = restService.paths.length;
      const statuses = await Promise.all(
        ['/insuree-imports/..%2F..%2Fmetrics/errors.csv', '/insuree-imports/not-an-id/errors.csv', '/.well-known/jwks.json', '/health/ready/../../metrics', '/insuree-imports']
          .map(async (path) => (await fetch(`${gatewayUrl}${path}`, { headers: signedIn })).status),
      );
      expect(statuses).toEqual([404, 404, 404, 404, 404]);
      expect((await fetch(`${gatewayUrl}/.well-known/card-keys.json`, { method: 'POST' })).status).toBe(404);
      expect(restService.paths.length).toBe(before);
    });
  });

  it('is ready while the subgraph answers and not ready, naming it, once it stops', async () => {
    const ready = await fetch(`${gatewayUrl}/health/ready`);
    expect(ready.status).toBe(200);

    await subgraph.stop();
    await restService.stop();

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
    const keys = await fetch(`${gatewayUrl}/.well-known/card-keys.json`);
    expect(keys.status).toBe(503);
    expect(await keys.json()).toEqual({ code: 'SERVICE_UNAVAILABLE', message: 'A service is temporarily unavailable; retry later' });
  });
});
