import { loadConfig } from '@imis/config';
import { ServiceTestApp, TestAuthority, type TestUser } from '@imis/testing';
import { insureeEnvSchema } from '../../src/config/insuree.config';
import { createInsureeApp } from '../../src/insuree-app';
import type { InsureeScheme } from '../../src/insuree-scheme';

/** The user the tests act as unless they say otherwise: an IMIS Administrator (every right, everywhere). */
export const ADMINISTRATOR = { id: '0190e0c0-0000-7000-8000-00000000ad01', username: 'admin', admin: true } as const satisfies TestUser;

/** Every table an insuree command may write, to check that a refusal wrote nothing. */
export const INSUREE_TABLES = ['family', 'insuree', 'insuree_photo', 'history', 'outbox', 'client_mutation'] as const;

/**
 * The insuree service in-process, trusting the keys of a TestAuthority (AUTH_JWKS) that signs the tests'
 * tokens. A request without headers acts as ADMINISTRATOR; `authority.headers(user)` acts as another user,
 * `{}` as nobody. `env` adds or overrides variables (a number rule, a photo directory); `scheme` swaps parts
 * as a country distribution would.
 */
export async function startInsuree(
  env: Record<string, string> = {},
  scheme: InsureeScheme = {},
): Promise<{ service: ServiceTestApp; authority: TestAuthority }> {
  const authority = await TestAuthority.create();
  const service = await ServiceTestApp.start(
    'insuree',
    (testEnv) => createInsureeApp(loadConfig(insureeEnvSchema, testEnv), scheme),
    { AUTH_JWKS: authority.jwks, ...env },
    await authority.headers(ADMINISTRATOR),
  );
  return { service, authority };
}
