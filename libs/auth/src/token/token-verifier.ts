import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { RequestUser } from '../request-user';
import { accessClaimsSchema } from './access-claims';
import { AuthenticationError } from './authentication.error';
import { ACCESS_TOKEN_ALGORITHM } from './signing-key';
import type { TokenAudience } from './token-audience';

/** Where the public keys come from: identity's JWKS endpoint (fetched, cached, refetched on a new kid) or given inline. */
export type KeySource = { readonly jwksUrl: string } | { readonly jwks: JSONWebKeySet };

const CLOCK_TOLERANCE_SECONDS = 5;
const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Verifies access tokens in every process that serves requests (gateway and each subgraph): signature with
 * identity's published keys (EdDSA only), issuer, audience, expiry, and the shape of the claims.
 */
export class TokenVerifier {
  private readonly keys: JWTVerifyGetKey;

  constructor(
    source: KeySource,
    private readonly audience: TokenAudience,
  ) {
    this.keys =
      'jwksUrl' in source
        ? createRemoteJWKSet(new URL(source.jwksUrl), { cacheMaxAge: 10 * 60_000, cooldownDuration: 30_000 })
        : createLocalJWKSet(source.jwks);
  }

  /** The token of an `Authorization: Bearer …` header, or null when there is none. */
  static bearerToken(authorization: string | string[] | undefined): string | null {
    const header = Array.isArray(authorization) ? authorization[0] : authorization;
    return header ? (BEARER.exec(header.trim())?.[1] ?? null) : null;
  }

  async verify(token: string): Promise<RequestUser> {
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        algorithms: [ACCESS_TOKEN_ALGORITHM],
        issuer: this.audience.issuer,
        audience: this.audience.audience,
        typ: 'at+jwt',
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['sub', 'exp', 'iat', 'jti'],
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new AuthenticationError('TOKEN_EXPIRED');
      if (keysUnreachable(error)) throw new AuthenticationError('KEYS_UNAVAILABLE', (error as Error).message);
      throw new AuthenticationError('TOKEN_INVALID', error instanceof Error ? error.message : String(error));
    }
    const claims = accessClaimsSchema.safeParse(payload);
    if (!claims.success) throw new AuthenticationError('TOKEN_INVALID', claims.error.message);
    return new RequestUser(claims.data);
  }

  /** The user of an Authorization header; fails with TOKEN_MISSING when there is no bearer token. */
  async verifyHeader(authorization: string | string[] | undefined): Promise<RequestUser> {
    const token = TokenVerifier.bearerToken(authorization);
    if (!token) throw new AuthenticationError('TOKEN_MISSING');
    return this.verify(token);
  }
}

/** The JWKS could not be fetched (identity down or slow): not the caller's fault, so not TOKEN_INVALID. */
function keysUnreachable(error: unknown): boolean {
  if (error instanceof errors.JWKSTimeout) return true;
  if (!(error instanceof errors.JOSEError)) return true; // fetch itself failed (connection refused, DNS)
  return error.message.startsWith('Expected 200 OK');
}
