/**
 * When signing keys start and stop signing. A new key is published in the JWKS at once but signs only once
 * it has been published for KEY_PUBLICATION_SECONDS, so that a verifier which cached the JWKS just before
 * (the gateway and services refetch it on an unknown key id at most every 30 s) knows it by then. Every
 * identity instance re-reads the signing key every SIGNER_REFRESH_SECONDS.
 */
export const KEY_PUBLICATION_SECONDS = 60;
export const SIGNER_REFRESH_SECONDS = 60;

export interface PublishedKey {
  readonly kid: string;
  readonly createdAt: Date;
}

export interface RetirementTiming {
  /** Access-token lifetime (ACCESS_TOKEN_TTL_SECONDS). */
  readonly tokenTtlSeconds: number;
  /** Verifiers' tolerance for expiry. */
  readonly clockToleranceSeconds: number;
}

export interface Retirement {
  /** The key that signs now. */
  readonly signing: PublishedKey | null;
  /** Keys older than the signing one: nothing signs with them any more. */
  readonly superseded: PublishedKey[];
  /** When the last token a superseded key signed has expired everywhere. */
  readonly safeAt: Date | null;
}

const seconds = (count: number) => count * 1000;

function newestFirst(a: PublishedKey, b: PublishedKey): number {
  return b.createdAt.getTime() - a.createdAt.getTime() || a.kid.localeCompare(b.kid);
}

/** The key that signs at `now`: the newest published long enough, else (the first key of all) the newest. */
export function signingKey(keys: readonly PublishedKey[], now: Date): PublishedKey | null {
  const sorted = [...keys].sort(newestFirst);
  const published = sorted.find((key) => key.createdAt.getTime() <= now.getTime() - seconds(KEY_PUBLICATION_SECONDS));
  return published ?? sorted[0] ?? null;
}

/**
 * Which published keys may be retired: those older than the signing key, once every instance has signed
 * with it for longer than an access token lives. Keys newer than the signing one are waiting to sign and stay.
 */
export function retirement(keys: readonly PublishedKey[], now: Date, timing: RetirementTiming): Retirement {
  const signing = signingKey(keys, now);
  if (!signing) return { signing, superseded: [], safeAt: null };
  const superseded = keys.filter((key) => newestFirst(key, signing) > 0).sort(newestFirst);
  if (superseded.length === 0) return { signing, superseded, safeAt: null };
  const allInstancesSign = signing.createdAt.getTime() + seconds(KEY_PUBLICATION_SECONDS + SIGNER_REFRESH_SECONDS);
  return { signing, superseded, safeAt: new Date(allInstancesSign + seconds(timing.tokenTtlSeconds + timing.clockToleranceSeconds)) };
}
