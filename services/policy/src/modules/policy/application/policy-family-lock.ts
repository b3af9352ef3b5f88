import type { EntityManager } from '@mikro-orm/postgresql';
import { lockFamilyMembership } from '@imis/insuree-projection';

/**
 * Holds the membership of the policy's family (`lockFamilyMembership`) before the caller locks the policy's
 * row: the insuree projection's membership listener holds a family, then locks its policies, so taking them
 * in the same order never deadlocks. False when no policy has that id.
 */
export async function lockFamilyOfPolicy(tx: EntityManager, policyId: string): Promise<boolean> {
  const [row] = await tx.execute<{ familyId: string }[]>('select family_id as "familyId" from policy where id = ?', [policyId]);
  if (!row) return false;
  await lockFamilyMembership(tx, [row.familyId]);
  return true;
}
