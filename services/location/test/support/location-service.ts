import { loadConfig } from '@imis/config';
import { ServiceTestApp, TestAuthority, type TestUser } from '@imis/testing';
import { locationEnvSchema } from '../../src/config/location.config';
import { createLocationApp } from '../../src/location-app';

/** The user the tests act as unless they say otherwise: an IMIS Administrator (every right, everywhere). */
export const ADMINISTRATOR = { id: '0190e0c0-0000-7000-8000-00000000ad01', username: 'admin', admin: true } as const satisfies TestUser;

/** Every table a location command may write, to check that a refusal wrote nothing. */
export const LOCATION_TABLES = ['location', 'health_facility', 'history', 'outbox', 'client_mutation'] as const;

/**
 * The location service in-process, trusting the keys of a TestAuthority (AUTH_JWKS) that signs the tests'
 * tokens. A request without headers acts as ADMINISTRATOR; `authority.headers(user)` acts as another user,
 * `{}` as nobody.
 */
export async function startLocation(): Promise<{ service: ServiceTestApp; authority: TestAuthority }> {
  const authority = await TestAuthority.create();
  const service = await ServiceTestApp.start(
    'location',
    (env) => createLocationApp(loadConfig(locationEnvSchema, env)),
    { AUTH_JWKS: authority.jwks },
    await authority.headers(ADMINISTRATOR),
  );
  return { service, authority };
}
