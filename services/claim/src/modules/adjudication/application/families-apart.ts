import type { EntityManager } from '@mikro-orm/postgresql';
import { storableText } from '@imis/kernel';
import { describeError } from '@imis/observability';
import type { KeyedClaim } from '../infrastructure/adjudication.statements';

/** A family's claims whose adjudication or valuation failed together (a family's claims share counters), and the failure. */
export interface FailedFamily {
  readonly key: string;
  readonly claimIds: readonly string[];
  readonly error: unknown;
}

/**
 * `work` on all the claims under a savepoint; when it throws, rolled back to the savepoint, `work` on each family's
 * claims (in the order of their first claim) under a savepoint of its own: what the families that passed gave, and
 * the failures of the others (nothing of theirs kept). A family goes whole: its claims share counters, and a later
 * claim without an earlier one would not give the sequential result. A failure that leaves the transaction unusable
 * (a lost connection) fails the next statement outside the savepoints, so the whole transaction still fails.
 */
export async function familiesApart<T>(tx: EntityManager, claims: readonly KeyedClaim[], work: (tx: EntityManager, ids: readonly string[]) => Promise<T>): Promise<{ done: T[]; failed: FailedFamily[] }> {
  try {
    return { done: [await tx.transactional((all) => work(all, claims.map((claim) => claim.id)))], failed: [] };
  } catch {
    // Rolled back to the savepoint: family by family below.
  }
  const families = new Map<string, string[]>();
  for (const claim of claims) families.set(claim.key, [...(families.get(claim.key) ?? []), claim.id]);
  const done: T[] = [];
  const failed: FailedFamily[] = [];
  for (const [key, claimIds] of families) {
    try {
      done.push(await tx.transactional((family) => work(family, claimIds)));
    } catch (error) {
      failed.push({ key, claimIds, error });
    }
  }
  return { done, failed };
}

/** What a claim keeps of a failure, or a refusal says: describeError (a database error's summary, never its values), 500 characters at most, storable. */
export function failureReason(error: unknown): string {
  return storableText(describeError(error).slice(0, 500));
}
