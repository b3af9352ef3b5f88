import { serviceOrmConfig } from './orm-config';

describe('serviceOrmConfig', () => {
  it('leaves MikroORM query logging (statements with their values) off unless asked for', () => {
    const options = serviceOrmConfig({ service: 'location', serverUrl: 'postgres://db:5432', entities: [], migrations: [] });
    expect(options.debug).toBe(false);
    expect(serviceOrmConfig({ service: 'location', serverUrl: 'postgres://db:5432', entities: [], migrations: [], debug: true }).debug).toBe(true);
  });
});
