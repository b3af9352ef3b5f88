import { Body, Controller, Get, HttpCode, INestApplication, Module, Post } from '@nestjs/common';
import type { AddressInfo } from 'net';
import { createServiceApplication, currentCorrelationId, ObservabilityModule, readinessCheck } from '@imis/observability';

const dependency = { up: true };
const logLines: Record<string, unknown>[] = [];
const logDestination = { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) };

@Controller('echo')
class EchoController {
  @Get()
  echo() {
    return { correlationId: currentCorrelationId() };
  }

  @Post()
  @HttpCode(200)
  size(@Body() body: { text: string }) {
    return { length: body.text.length };
  }
}

@Module({
  imports: [
    ObservabilityModule.forRoot({
      service: 'observability-test',
      logLevel: 'info',
      logDestination,
      readiness: [
        readinessCheck('database', () => async () => {
          if (!dependency.up) throw new Error('connection refused');
        }),
      ],
    }),
  ],
  controllers: [EchoController],
})
class TestAppModule {}

describe('ObservabilityModule', () => {
  let app: INestApplication;
  let baseUrl: string;

  beforeAll(async () => {
    app = await createServiceApplication(TestAppModule, { jsonBodyLimit: 1_000 });
    await app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('answers liveness and readiness from the registered checks', async () => {
    expect((await fetch(`${baseUrl}/health/live`)).status).toBe(200);
    dependency.up = true;
    const ready = await fetch(`${baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    expect((await ready.json()).info.database.status).toBe('up');

    dependency.up = false;
    const notReady = await fetch(`${baseUrl}/health/ready`);
    expect(notReady.status).toBe(503);
    expect((await notReady.json()).error.database).toEqual({ status: 'down', message: 'connection refused' });
    dependency.up = true;
  });

  it('keeps the caller correlation id for the request and echoes it', async () => {
    const response = await fetch(`${baseUrl}/echo`, { headers: { 'x-correlation-id': 'mobile-123' } });
    expect(response.headers.get('x-correlation-id')).toBe('mobile-123');
    expect(await response.json()).toEqual({ correlationId: 'mobile-123' });

    const generated = await fetch(`${baseUrl}/echo`, { headers: { 'x-correlation-id': 'bad id with spaces' } });
    const id = generated.headers.get('x-correlation-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await generated.json()).toEqual({ correlationId: id });
  });

  it('does not say what it runs on, and refuses JSON bodies over the configured limit', async () => {
    const response = await fetch(`${baseUrl}/echo`);
    expect(response.headers.get('x-powered-by')).toBeNull();

    const post = (text: string) => fetch(`${baseUrl}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
    const small = await post('x'.repeat(900));
    expect(await small.json()).toEqual({ length: 900 });
    expect((await post('x'.repeat(1_100))).status).toBe(413);
  });

  it('logs one compact line per request, with its correlation id and without headers', async () => {
    await fetch(`${baseUrl}/echo`, { headers: { 'x-correlation-id': 'log-check-1', authorization: 'Bearer secret-token' } });
    await fetch(`${baseUrl}/health/live`);
    const lines = logLines.filter((line) => line.msg === 'request completed');
    const line = lines.find((entry) => entry.correlationId === 'log-check-1');
    expect(line).toMatchObject({ level: 30, service: 'observability-test', req: { method: 'GET', url: '/echo' }, res: { statusCode: 200 } });
    expect(JSON.stringify(line)).not.toContain('secret-token');
    expect(Object.keys(line!.req as object)).toEqual(['method', 'url']);
    expect(lines.some((entry) => (entry.req as { url: string }).url === '/health/live')).toBe(false);
  });

  it('exports Prometheus metrics', async () => {
    await fetch(`${baseUrl}/echo`);
    const metrics = await (await fetch(`${baseUrl}/metrics`)).text();
    expect(metrics).toContain('http_request_duration_seconds_count');
    expect(metrics).toContain('process_cpu_user_seconds_total');
    expect(metrics).toContain('service="observability-test"');
    expect(metrics).toMatch(/imis_readiness_check_up\{check="database",service="observability-test"\} 1/);
    expect(metrics).toMatch(/http_request_duration_seconds_count\{[^}]*route="\/echo"[^}]*status="200"/);
  });

  it("labels requests no route matched as one route (Nest's catch-all), whatever their path", async () => {
    for (const path of ['/nope-1', '/nope-2/deeper', '/echo/extra']) expect((await fetch(`${baseUrl}${path}`)).status).toBe(404);
    const metrics = await (await fetch(`${baseUrl}/metrics`)).text();
    expect(metrics).toMatch(/http_request_duration_seconds_count\{[^}]*route="\/\{\*path\}"[^}]*status="404"[^}]*\} 3/);
    expect(metrics).not.toContain('nope');
  });
});
