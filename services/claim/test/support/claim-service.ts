import { loadConfig } from '@imis/config';
import { ServiceTestApp, TestAuthority, type TestUser } from '@imis/testing';
import { claimService } from '../../src/service';

/** The user the tests act as unless they say otherwise: an IMIS Administrator (every right, everywhere). */
export const ADMINISTRATOR = { id: '0190e0c0-0000-7000-8000-00000000ad01', username: 'admin', admin: true } as const satisfies TestUser;

/**
 * The claim service in-process on a random port, with its own database and event prefix, trusting
 * the keys of a TestAuthority (AUTH_JWKS) that signs the tests' tokens. A request without headers acts as
 * ADMINISTRATOR; `authority.headers(user)` acts as another user, `{}` as nobody.
 */
export async function startClaim(env: Record<string, string> = {}): Promise<{ service: ServiceTestApp; authority: TestAuthority }> {
  const authority = await TestAuthority.create();
  const service = await ServiceTestApp.start(
    claimService.name,
    (env) => claimService.app(loadConfig(claimService.envSchema, env)),
    { AUTH_JWKS: authority.jwks, ...env },
    await authority.headers(ADMINISTRATOR),
  );
  return { service, authority };
}
