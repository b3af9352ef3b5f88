import { serviceOrmConfig, serviceOrmConfigFrom } from './orm-config';

describe('serviceOrmConfig', () => {
  it('leaves MikroORM query logging (statements with their values) off unless asked for', () => {
    const options = serviceOrmConfig({ service: 'location', serverUrl: 'postgres://db:5432', entities: [], migrations: [] });
    expect(options.debug).toBe(false);
    expect(serviceOrmConfig({ service: 'location', serverUrl: 'postgres://db:5432', entities: [], migrations: [], debug: true }).debug).toBe(true);
  });
});

describe('serviceOrmConfigFrom', () => {
  const persistence = { entities: [], migrations: [] };

  it('keeps an unused pooled connection 10 minutes by default, else DATABASE_POOL_IDLE_SECONDS', () => {
    const pool = (env: Parameters<typeof serviceOrmConfigFrom>[2]) => serviceOrmConfigFrom('location', persistence, env).pool;
    expect(pool({ DATABASE_URL: 'postgres://db:5432/postgres' })).toEqual({ min: 0, max: 10, idleTimeoutMillis: 600_000 });
    expect(pool({ DATABASE_URL: 'postgres://db:5432/postgres', DATABASE_POOL_MAX: 4, DATABASE_POOL_IDLE_SECONDS: 45 })).toEqual({ min: 0, max: 4, idleTimeoutMillis: 45_000 });
  });
});
