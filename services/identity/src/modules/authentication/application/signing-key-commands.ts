import type { EntityManager } from '@mikro-orm/postgresql';
import { CLOCK_TOLERANCE_SECONDS } from '@imis/auth';
import type { IdentityEnv } from '../../../config/identity.config';
import { SigningKeyStore } from '../infrastructure/signing-key-store';

export const SIGNING_KEY_USAGE = 'usage: keys.ts rotate | keys.ts retire [--force]';

export interface SigningKeyCommandResult {
  /** One JSON line for scripts. */
  readonly report: Record<string, unknown>;
  /** What it means, for the operator. */
  readonly message: string;
}

/**
 * `npm run keys:rotate`: publishes a new signing key, which signs a minute later on every identity instance.
 * `npm run keys:retire`: retires the keys it superseded once the tokens they signed have expired
 * (`--force`: at once; their holders refresh their tokens). No restart is needed for either.
 */
export async function runSigningKeyCommand(
  em: EntityManager,
  env: Pick<IdentityEnv, 'ACCESS_TOKEN_TTL_SECONDS'>,
  args: readonly string[],
): Promise<SigningKeyCommandResult> {
  const [action, ...options] = args;
  const unknown = options.filter((option) => !(action === 'retire' && option === '--force'));
  if (unknown.length > 0 || (action !== 'rotate' && action !== 'retire')) throw new Error(SIGNING_KEY_USAGE);
  const store = new SigningKeyStore(em);
  if (action === 'rotate') {
    const { kid, signsFrom } = await store.rotate();
    return {
      report: { action, kid, signsFrom: signsFrom.toISOString() },
      message: `Published signing key ${kid}; it signs from ${signsFrom.toISOString()}. Run keys:retire once the tokens of the previous key have expired.`,
    };
  }
  const outcome = await store.retire({ tokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS, clockToleranceSeconds: CLOCK_TOLERANCE_SECONDS }, options.includes('--force'));
  const report = {
    action,
    signing: outcome.signing?.kid ?? null,
    retired: outcome.retired,
    superseded: outcome.superseded.map((key) => key.kid),
    safeAt: outcome.safeAt?.toISOString() ?? null,
  };
  if (outcome.superseded.length === 0) return { report, message: 'No key to retire: none is older than the signing key.' };
  if (outcome.retired.length > 0) return { report, message: `Retired ${outcome.retired.join(', ')}; ${report.signing} signs.` };
  return {
    report,
    message: `Not retired yet: tokens signed by ${report.superseded.join(', ')} may be valid until ${report.safeAt}. Run it again then (or with --force).`,
  };
}
