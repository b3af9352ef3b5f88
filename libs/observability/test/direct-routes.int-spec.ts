import { Controller, Get, type INestApplication, Injectable, Logger, Module, type OnModuleInit, Post } from '@nestjs/common';
import type { AddressInfo } from 'net';
import { createServiceApplication, currentCorrelationId, DirectRoutes, metricsRegistry, ObservabilityModule } from '@imis/observability';

const logLines: Record<string, unknown>[] = [];
const logDestination = { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) };

/** Registers /direct as a direct route answering what it was given, and logging one line on the way. */
@Injectable()
class EchoRoute implements OnModuleInit {
  private readonly logger = new Logger('EchoRoute');

  constructor(private readonly routes: DirectRoutes) {}

  onModuleInit(): void {
    this.routes.register('/direct', async (request, body, response) => {
      await new Promise((resolve) => setImmediate(resolve));
      this.logger.log('serving a direct request');
      if ((body as { fail?: boolean }).fail) throw new Error('the handler failed');
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ body, correlationId: currentCorrelationId(), url: request.url, served: 'direct' }));
    });
  }
}

/** What express serves on the same path: anything the direct route leaves to it. */
@Controller('direct')
class ExpressRoute {
  @Get()
  get() {
    return { served: 'express' };
  }

  @Post()
  post() {
    return { served: 'express' };
  }
}

@Module({
  imports: [ObservabilityModule.forRoot({ service: 'direct-routes-test', logLevel: 'info', logDestination })],
  controllers: [ExpressRoute],
  providers: [EchoRoute],
})
class TestAppModule {}

describe('DirectRoutes', () => {
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    app = await createServiceApplication(TestAppModule, { jsonBodyLimit: 1_000 });
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/direct`;
  });

  afterAll(async () => {
    await app?.close();
  });

  const post = (body: string, headers: Record<string, string> = {}, target = url) =>
    fetch(target, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('answers a JSON POST itself, with the parsed body, the correlation id in scope and echoed', async () => {
    const response = await post(JSON.stringify({ query: '{ a }' }), { 'x-correlation-id': 'direct-1' });
    expect(response.headers.get('x-correlation-id')).toBe('direct-1');
    expect(await response.json()).toEqual({ body: { query: '{ a }' }, correlationId: 'direct-1', url: '/direct', served: 'direct' });

    const withQueryString = await post('{"n":1}', { 'content-type': 'application/json; charset=UTF-8' }, `${url}?x=1`);
    const answer = await withQueryString.json();
    expect(answer).toMatchObject({ body: { n: 1 }, url: '/direct?x=1', served: 'direct' });
    expect(answer.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(withQueryString.headers.get('x-correlation-id')).toBe(answer.correlationId);
  });

  it('logs one compact access line per request, and the correlation id on the lines logged meanwhile', async () => {
    await post('{}', { 'x-correlation-id': 'direct-log', authorization: 'Bearer secret-token' });
    const access = logLines.filter((line) => line.correlationId === 'direct-log' && line.msg === 'request completed');
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({ level: 30, service: 'direct-routes-test', req: { method: 'POST', url: '/direct' }, res: { statusCode: 200 } });
    expect(Object.keys(access[0]!.req as object)).toEqual(['method', 'url']);
    expect(JSON.stringify(logLines)).not.toContain('secret-token');
    expect(logLines.some((line) => line.correlationId === 'direct-log' && line.msg === 'serving a direct request')).toBe(true);
  });

  it('counts its requests in http_request_duration_seconds', async () => {
    await post('{}');
    const metrics = await metricsRegistry.getSingleMetricAsString('http_request_duration_seconds');
    expect(metrics).toMatch(/http_request_duration_seconds_count\{[^}]*method="POST"[^}]*route="\/direct"[^}]*status="200"[^}]*\} [1-9]/);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const response = await post('{"query":');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('answers 500, and logs the error, when the handler fails', async () => {
    const response = await post('{"fail":true}', { 'x-correlation-id': 'direct-fail' });
    expect(response.status).toBe(500);
    expect(logLines.some((line) => line.correlationId === 'direct-fail' && line.msg === 'request failed' && line.level === 50)).toBe(true);
  });

  it('leaves to express other methods, content types, compressed bodies, bodies over the JSON limit, and other paths', async () => {
    expect(await (await fetch(url)).json()).toEqual({ served: 'express' });
    expect(await (await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain' } })).json()).toEqual({ served: 'express' });
    expect((await post('{}', {}, `${url}/other`)).status).toBe(404);
  });

  it('refuses in express, as GraphQL errors, a body that is not JSON and what the JSON parser does not take', async () => {
    const refusal = async (response: Response) => `${response.status} ${response.headers.get('content-type')} ${JSON.stringify(await response.json())}`;
    const body = (message: string, code: string) => JSON.stringify({ errors: [{ message, extensions: { code } }] });
    const unsupported = `415 application/json; charset=utf-8 ${body('Send the GraphQL request as JSON in UTF-8: content-type application/json', 'UNSUPPORTED_MEDIA_TYPE')}`;
    expect(await refusal(await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' }))).toBe(unsupported);
    expect(await refusal(await fetch(url, { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: 'x' }))).toBe(unsupported);
    expect(await refusal(await post('{}', { 'content-type': 'application/json; charset=latin1' }))).toBe(unsupported);
    expect(await refusal(await post('{}', { 'content-encoding': 'gzip' }))).toBe(
      `400 application/json; charset=utf-8 ${body('The request body could not be read (content encoding or length)', 'BAD_REQUEST')}`,
    );
    expect(await refusal(await post(JSON.stringify({ text: 'x'.repeat(1_100) })))).toBe(
      `413 application/json; charset=utf-8 ${body('The request body is larger than this service accepts', 'PAYLOAD_TOO_LARGE')}`,
    );
    const chunkedInvalid = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: new Blob(['{"query": "Zyxwvu']).stream(), duplex: 'half' } as RequestInit);
    expect(await refusal(chunkedInvalid)).toBe(`400 application/json; charset=utf-8 ${body('The request body is not valid JSON', 'BAD_REQUEST')}`);
  });

  it('keeps idle connections open 65 s and says so, so that a lagging client never reuses one being closed', async () => {
    const direct = await post('{"a":1}');
    const routed = await fetch(url);
    expect(direct.headers.get('keep-alive')).toBe('timeout=65');
    expect(routed.headers.get('keep-alive')).toBe('timeout=65');
  });
});
