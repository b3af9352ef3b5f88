import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { RequestUser } from '../request-user';
import { accessClaimsSchema } from './access-claims';
import { AuthenticationError } from './authentication.error';
import { ACCESS_TOKEN_ALGORITHM } from './signing-key';
import type { TokenAudience } from './token-audience';
import { reloadingKeySet } from './reloading-key-set';
import { DEFAULT_REMEMBER_MS, VerifiedTokens } from './verified-tokens';

/**
 * Where the public keys come from: identity's JWKS endpoint (fetched, cached, refetched on a new kid), given
 * inline, or loaded by the process itself (identity, from its table: `reloadingKeySet`).
 */
export type KeySource = { readonly jwksUrl: string } | { readonly jwks: JSONWebKeySet } | { readonly loadJwks: () => Promise<JSONWebKeySet> };

export interface TokenVerifierOptions {
  /** How long a verified token is accepted again without a new check (0: every time); default 60 s. */
  rememberMs?: number;
}

/** Seconds an expired token is still accepted (clocks of the issuer and the verifier differ a little). */
export const CLOCK_TOLERANCE_SECONDS = 5;
const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Verifies access tokens in every process that serves requests (gateway and each subgraph): signature with
 * identity's published keys (EdDSA only), issuer, audience, expiry, and the shape of the claims. A token
 * this process verified less than a minute ago is accepted again without a new check (VerifiedTokens).
 */
export class TokenVerifier {
  private readonly keys: JWTVerifyGetKey;
  private readonly verified: VerifiedTokens;

  constructor(
    source: KeySource,
    private readonly audience: TokenAudience,
    options: TokenVerifierOptions = {},
  ) {
    this.verified = new VerifiedTokens(options.rememberMs ?? DEFAULT_REMEMBER_MS);
    this.keys = keysOf(source);
  }

  /** The token of an `Authorization: Bearer …` header, or null when there is none. */
  static bearerToken(authorization: string | string[] | undefined): string | null {
    const header = Array.isArray(authorization) ? authorization[0] : authorization;
    return header ? (BEARER.exec(header.trim())?.[1] ?? null) : null;
  }

  /** The user of a valid token (a new RequestUser each time: it carries per-request memos). */
  async verify(token: string): Promise<RequestUser> {
    const remembered = this.verified.claimsOf(token);
    if (remembered) return new RequestUser(remembered);
    let payload: JWTPayload;
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
    this.verified.add(token, claims.data, (payload.exp ?? 0) * 1000);
    return new RequestUser(claims.data);
  }

  /** The user of an Authorization header; fails with TOKEN_MISSING when there is no bearer token. */
  async verifyHeader(authorization: string | string[] | undefined): Promise<RequestUser> {
    const token = TokenVerifier.bearerToken(authorization);
    if (!token) throw new AuthenticationError('TOKEN_MISSING');
    return this.verify(token);
  }
}

function keysOf(source: KeySource): JWTVerifyGetKey {
  if ('jwksUrl' in source) return createRemoteJWKSet(new URL(source.jwksUrl), { cacheMaxAge: 10 * 60_000, cooldownDuration: 30_000 });
  if ('jwks' in source) return createLocalJWKSet(source.jwks);
  return reloadingKeySet(source.loadJwks);
}

/** The JWKS could not be fetched (identity down or slow): not the caller's fault, so not TOKEN_INVALID. */
function keysUnreachable(error: unknown): boolean {
  if (error instanceof errors.JWKSTimeout) return true;
  if (!(error instanceof errors.JOSEError)) return true; // fetch itself failed (connection refused, DNS)
  return error.message.startsWith('Expected 200 OK');
}
