import { metricsRegistry } from './metrics';
import { watchReadiness } from './readiness-metrics';

describe('imis_readiness_check_up', () => {
  it('is 1 for each passing readiness check and 0 for each failing one, and forgets a stopped process', async () => {
    const stop = watchReadiness(() => [
      { name: 'database', check: async () => undefined },
      {
        name: 'nats',
        check: async () => {
          throw new Error('connection refused');
        },
      },
      {
        name: 'redis',
        check: () => {
          throw new Error('thrown before any promise');
        },
      },
    ]);
    const text = await metricsRegistry.getSingleMetricAsString('imis_readiness_check_up');
    expect(text).toContain('imis_readiness_check_up{check="database"} 1');
    expect(text).toContain('imis_readiness_check_up{check="nats"} 0');
    expect(text).toContain('imis_readiness_check_up{check="redis"} 0');

    stop();
    expect(await metricsRegistry.getSingleMetricAsString('imis_readiness_check_up')).not.toContain('check=');
  });
});
