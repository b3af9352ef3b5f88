/**
 * What verifying an access token costs the gateway (and each subgraph) per request: TokenVerifier.verify
 * (EdDSA signature, issuer, audience, expiry, claim shape) on one token, one call after the other, after a
 * warm-up, checked every time (as for a token first seen) and remembered (a token verified in the last minute). Run alone with `node -r @swc-node/register bench/gateway-overhead/token-verification.ts [count]`;
 * `npm run bench:gateway` prints it too.
 */
import { DEFAULT_TOKEN_AUDIENCE, TokenVerifier, tokenVerificationFrom } from '@imis/auth';
import { TestAuthority } from '@imis/testing';

export interface VerificationCost {
  count: number;
  meanMicros: number;
  p95Micros: number;
  /** The same calls when the verifier remembers the token. */
  remembered: { meanMicros: number; p95Micros: number };
}

export async function measureTokenVerification(authority: TestAuthority, count = 10_000): Promise<VerificationCost> {
  const { keys } = tokenVerificationFrom({
    AUTH_JWKS: authority.jwks,
    AUTH_JWKS_URL: 'http://127.0.0.1:1/unused',
    AUTH_ISSUER: DEFAULT_TOKEN_AUDIENCE.issuer,
    AUTH_AUDIENCE: DEFAULT_TOKEN_AUDIENCE.audience,
  });
  const token = await authority.token({ username: 'bench', rights: [101001, 101101], districtIds: ['0197a3c2-1111-7000-8000-000000000001'] });
  const checked = await timeCalls(new TokenVerifier(keys, DEFAULT_TOKEN_AUDIENCE, { rememberMs: 0 }), token, count);
  const remembered = await timeCalls(new TokenVerifier(keys, DEFAULT_TOKEN_AUDIENCE), token, count);
  return { count, ...checked, remembered };
}

async function timeCalls(verifier: TokenVerifier, token: string, count: number): Promise<{ meanMicros: number; p95Micros: number }> {
  for (let index = 0; index < Math.min(1000, count); index += 1) await verifier.verify(token);
  const durations = new Float64Array(count);
  for (let index = 0; index < count; index += 1) {
    const start = process.hrtime.bigint();
    await verifier.verify(token);
    durations[index] = Number(process.hrtime.bigint() - start) / 1000;
  }
  durations.sort();
  const total = durations.reduce((sum, value) => sum + value, 0);
  return { meanMicros: total / count, p95Micros: durations[Math.ceil(0.95 * count) - 1]! };
}

export function describeVerificationCost(cost: VerificationCost): string {
  return (
    `Token verification (TokenVerifier.verify, EdDSA, ${cost.count} verifications one at a time): mean ${cost.meanMicros.toFixed(1)} µs, p95 ${cost.p95Micros.toFixed(1)} µs per request; ` +
    `a token verified in the last minute: mean ${cost.remembered.meanMicros.toFixed(1)} µs, p95 ${cost.remembered.p95Micros.toFixed(1)} µs`
  );
}

if (require.main === module) {
  const count = Number(process.argv[2] ?? 10_000);
  TestAuthority.create()
    .then((authority) => measureTokenVerification(authority, count))
    .then((cost) => console.log(describeVerificationCost(cost)))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    });
}
