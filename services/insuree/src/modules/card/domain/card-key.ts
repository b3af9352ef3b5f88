import { createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';

/** The private half of a card signing key, with the id printed in every payload it signs. */
export interface CardPrivateKey {
  readonly kid: string;
  readonly privateKey: KeyObject;
}

export interface GeneratedCardKey extends CardPrivateKey {
  readonly publicKey: KeyObject;
}

/** A new Ed25519 key; the kid is short because it is in every QR code ("card-" and 8 hex digits). */
export function generateCardKey(): GeneratedCardKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { kid: `card-${randomBytes(4).toString('hex')}`, privateKey, publicKey };
}

/** The raw 32-byte Ed25519 public key, base64url: the JWK `x` facility apps download. */
export function publicKeyX(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' });
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || !jwk.x) throw new Error('Not an Ed25519 key');
  return jwk.x;
}

export function publicKeyFromX(x: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
}
