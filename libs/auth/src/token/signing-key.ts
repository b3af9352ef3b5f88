import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';

export const ACCESS_TOKEN_ALGORITHM = 'EdDSA';

/** A private Ed25519 key as a JWK with its key id; its public half goes into the JWKS. */
export interface SigningKeyJwk {
  readonly kid: string;
  readonly privateJwk: JWK;
  readonly publicJwk: JWK;
}

export async function generateSigningKey(): Promise<SigningKeyJwk> {
  const { privateKey, publicKey } = await generateKeyPair(ACCESS_TOKEN_ALGORITHM, { crv: 'Ed25519', extractable: true });
  const kid = randomUUID();
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: ACCESS_TOKEN_ALGORITHM, use: 'sig' };
  return { kid, privateJwk: { ...(await exportJWK(privateKey)), kid, alg: ACCESS_TOKEN_ALGORITHM }, publicJwk };
}

export async function importPrivateKey(key: SigningKeyJwk) {
  return importJWK(key.privateJwk, ACCESS_TOKEN_ALGORITHM);
}
