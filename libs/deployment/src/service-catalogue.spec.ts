import { type ServiceFolder, serviceCatalogue } from './service-catalogue';

const folder = (name: string, port?: unknown, extra: Partial<ServiceFolder> = {}): ServiceFolder => ({
  folder: name,
  manifest: { name: `@imis/${name}`, ...(port === undefined ? {} : { imis: { port } }) },
  hasWorker: false,
  ...extra,
});

describe('service catalogue', () => {
  it('describes each service with a port, in port order, from its folder name', () => {
    const catalogue = serviceCatalogue([folder('insuree', 4003, { hasWorker: true }), folder('claim-review', 4004), folder('location', 4001)]);
    expect(catalogue.map((service) => service.name)).toEqual(['location', 'insuree', 'claim-review']);
    expect(catalogue[2]).toEqual({
      name: 'claim-review',
      urlEnv: 'CLAIM_REVIEW_URL',
      defaultUrl: 'http://127.0.0.1:4004/graphql',
      schemaCommand: 'services/claim-review/src/print-schema.ts',
      entry: 'services/claim-review/src/main.ts',
      migrate: 'services/claim-review/src/migrate.ts',
      createMigration: 'services/claim-review/tools/create-migration.ts',
      port: 4004,
      portEnv: 'CLAIM_REVIEW_PORT',
      deployment: { env: [], secrets: [], directories: [] },
    });
    expect(catalogue[1].worker).toBe('services/insuree/src/worker.ts');
  });

  it('reads what a deployment must give the service from imis.deployment', () => {
    const [insuree] = serviceCatalogue([{ ...folder('insuree'), manifest: { name: '@imis/insuree', imis: { port: 4003, deployment: { env: ['PHOTO_DIR'], directories: ['PHOTO_DIR'] } } } }]);
    expect(insuree.deployment).toEqual({ env: ['PHOTO_DIR'], secrets: [], directories: ['PHOTO_DIR'] });
    const declaring = (deployment: unknown) => serviceCatalogue([{ ...folder('payment'), manifest: { name: '@imis/payment', imis: { port: 4007, deployment } } }]);
    expect(() => declaring({ secret: ['PAYMENT_GATEWAY_SECRET'] })).toThrow('imis.deployment has unknown keys: secret (known: env, secrets, directories)');
    expect(() => declaring({ secrets: ['payment secret'] })).toThrow('imis.deployment.secrets must be a list of variable names');
    expect(() => declaring(['PAYMENT_GATEWAY_SECRET'])).toThrow('imis.deployment has unknown keys: 0');
  });

  it('skips a folder whose package.json declares no port', () => {
    expect(serviceCatalogue([folder('location', 4001), folder('notes')]).map((service) => service.name)).toEqual(['location']);
  });

  it('refuses two services on one port', () => {
    expect(() => serviceCatalogue([folder('location', 4001), folder('policy', 4001)])).toThrow(
      'services/location and services/policy both use port 4001',
    );
  });

  it('refuses a package named after another folder, a bad port and a folder name that is not kebab-case', () => {
    expect(() => serviceCatalogue([{ ...folder('policy', 4005), manifest: { name: '@imis/claim', imis: { port: 4005 } } }])).toThrow(
      'the package must be named @imis/policy',
    );
    expect(() => serviceCatalogue([folder('policy', '4005')])).toThrow('imis.port must be a port number');
    expect(() => serviceCatalogue([folder('Policy', 4005)])).toThrow('lowercase kebab-case');
  });
});
