import { loadConfig } from '@imis/config';
import { gatewayEnvSchema, metricsPort } from './gateway-env.schema';

describe('gateway environment', () => {
  const config = (env: Record<string, string>) => loadConfig(gatewayEnvSchema, { AUTH_JWKS_URL: 'http://127.0.0.1:4002/.well-known/jwks.json', ...env });

  it('serves metrics on 127.0.0.1:9464 unless told otherwise', () => {
    const defaults = config({ NODE_ENV: 'production' });
    expect({ host: defaults.GATEWAY_METRICS_HOST, port: metricsPort(defaults) }).toEqual({ host: '127.0.0.1', port: 9464 });
    expect(metricsPort(config({ GATEWAY_METRICS_PORT: '9100' }))).toBe(9100);
  });

  it('takes a free port under NODE_ENV=test, so that gateways started by tests never contend for one', () => {
    expect(metricsPort(config({ NODE_ENV: 'test' }))).toBe(0);
    expect(metricsPort(config({ NODE_ENV: 'test', GATEWAY_METRICS_PORT: '9100' }))).toBe(9100);
  });

  it('refuses a port that is not one', () => {
    expect(() => config({ GATEWAY_METRICS_PORT: '70000' })).toThrow('GATEWAY_METRICS_PORT');
  });
});
