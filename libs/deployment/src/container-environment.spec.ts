import { containerNeeds, gatewayContainerEnv, SERVICE_CONTAINER_ENV } from './container-environment';

describe('container environment', () => {
  const insuree = { deployment: { env: ['PHOTO_DIR', 'HOST'], secrets: [], directories: ['PHOTO_DIR'] } };

  it('gives API and worker processes every service’s variables and the service’s own, once each', () => {
    const needs = containerNeeds(insuree, 'worker');
    expect(needs.env).toEqual([...SERVICE_CONTAINER_ENV, 'PHOTO_DIR']);
    expect(needs.secrets).toEqual(['DATABASE_PASSWORD']);
    expect(needs.directories).toEqual(['PHOTO_DIR']);
    expect(containerNeeds(insuree, 'api')).toEqual(needs);
  });

  it('gives a migration its database only', () => {
    expect(containerNeeds(insuree, 'migrate')).toEqual({ env: ['DATABASE_URL'], secrets: ['DATABASE_PASSWORD'], directories: [] });
  });

  it('gives the gateway every subgraph’s URL', () => {
    expect(gatewayContainerEnv([{ urlEnv: 'LOCATION_URL' }, { urlEnv: 'CLAIM_URL' }])).toEqual(
      expect.arrayContaining(['GATEWAY_PORT', 'SUPERGRAPH_PATH', 'AUTH_JWKS_URL', 'LOCATION_URL', 'CLAIM_URL']),
    );
  });
});
