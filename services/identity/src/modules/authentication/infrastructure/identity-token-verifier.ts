import type { EntityManager } from '@mikro-orm/postgresql';
import { TokenVerifier } from '@imis/auth';
import type { JSONWebKeySet } from 'jose';
import type { IdentityEnv } from '../../../config/identity.config';
import { SigningKeyStore } from './signing-key-store';

/**
 * The verifier of identity's own requests: its signing keys (the first one generated if need be) plus the
 * extra keys of AUTH_JWKS. The keys are read from the table again every minute and whenever a token names
 * an unknown one, so a rotated key is trusted and a retired one dropped without a restart.
 */
export async function identityTokenVerifier(em: EntityManager, env: IdentityEnv): Promise<TokenVerifier> {
  const store = new SigningKeyStore(em);
  await store.current();
  const extra = env.AUTH_JWKS ? (JSON.parse(env.AUTH_JWKS) as JSONWebKeySet).keys : [];
  return new TokenVerifier({ loadJwks: async () => ({ keys: [...(await store.publicKeys()), ...extra] }) }, {
    issuer: env.AUTH_ISSUER,
    audience: env.AUTH_AUDIENCE,
  });
}
