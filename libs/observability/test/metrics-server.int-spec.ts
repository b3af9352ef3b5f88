import { Counter } from 'prom-client';
import { metricsRegistry, startMetricsServer, type MetricsServer } from '@imis/observability';

describe('startMetricsServer', () => {
  let server: MetricsServer;
  const probe = new Counter({ name: 'imis_metrics_server_probe_total', help: 'test counter', registers: [metricsRegistry] });

  beforeAll(async () => {
    server = await startMetricsServer('127.0.0.1', 0);
  });

  afterAll(async () => {
    await server.close();
    metricsRegistry.removeSingleMetric('imis_metrics_server_probe_total');
  });

  it('serves the process registry on /metrics at the address it was given', async () => {
    probe.inc(3);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(metricsRegistry.contentType);
    expect(await response.text()).toContain('imis_metrics_server_probe_total 3');
  });

  it('serves nothing else', async () => {
    const origin = new URL(server.url).origin;
    expect((await fetch(`${origin}/health/live`)).status).toBe(404);
    expect((await fetch(`${origin}/graphql`)).status).toBe(404);
    expect((await fetch(server.url, { method: 'POST', body: '{}' })).status).toBe(404);
  });
});
