import { RIGHT_CATALOGUE } from '@imis/auth';
import { TestAuthority, type ServiceTestApp } from '@imis/testing';
import { startIdentity } from './support/identity-test-app';

describe('identity: the rights catalogue', () => {
  let identity: ServiceTestApp;
  let authority: TestAuthority;

  beforeAll(async () => {
    authority = await TestAuthority.create();
    identity = await startIdentity({ AUTH_JWKS: authority.jwks });
  });
  afterAll(() => identity.close());

  it('lists every right to a signed-in user', async () => {
    const data = await identity.data('{ rights { code module name } }', {}, await authority.headers({ rights: [] }));
    expect(data.rights).toHaveLength(RIGHT_CATALOGUE.length);
    expect(data.rights).toContainEqual({ code: 121101, module: 'health-facility', name: 'Search health facilities' });
  });

  it('refuses anonymous callers', async () => {
    const response = await identity.graphql('{ rights { code } }');
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_MISSING' });
  });

  it('answers health checks without a token', async () => {
    expect((await fetch(`${identity.url}/health/ready`)).status).toBe(200);
  });
});
