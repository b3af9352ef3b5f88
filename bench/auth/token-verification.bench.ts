import { DEFAULT_TOKEN_AUDIENCE, TokenVerifier } from '@imis/auth';
import type { JSONWebKeySet } from 'jose';
import { distribution, type Distribution } from './percentiles';

/** TokenVerifier.verify on an identity-issued token, with identity's published JWKS, one call after the other, checked every time. */
export async function measureVerification(jwksUrl: string, token: string, count: number): Promise<Distribution> {
  const jwks = (await (await fetch(jwksUrl)).json()) as JSONWebKeySet;
  const verifier = new TokenVerifier({ jwks }, DEFAULT_TOKEN_AUDIENCE, { rememberMs: 0 });
  for (let index = 0; index < 1000; index += 1) await verifier.verify(token);
  const micros: number[] = new Array<number>(count);
  for (let index = 0; index < count; index += 1) {
    const start = process.hrtime.bigint();
    await verifier.verify(token);
    micros[index] = Number(process.hrtime.bigint() - start) / 1000;
  }
  return distribution(micros);
}

export function describeVerification(cost: Distribution): string {
  return `TokenVerifier.verify (EdDSA, JWKS from /.well-known/jwks.json): ${cost.count} verifications, mean ${cost.mean.toFixed(1)} µs, p95 ${cost.p95.toFixed(1)} µs per call`;
}
