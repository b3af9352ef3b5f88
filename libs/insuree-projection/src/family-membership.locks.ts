import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, statementRunner, uuidArrayLiteral } from '@imis/persistence';

// Two locks, because a member's event may be applied before its family's row exists (events out of order, or
// handled by two replicas at once): an existing family's row, else an advisory lock on its id.
const ADVISORY_KEY = `hashtextextended('insuree-projection:family-members:' || t.id::text, 0)`;
const ids = (familyIds: readonly string[]) => uuidArrayLiteral([...new Set(familyIds.filter(isUuid))].sort());

/**
 * Holds these families' membership until the transaction ends: a member joining or leaving them in the
 * projection waits for the caller's commit, then its listener sees what the caller wrote (e.g. a new policy);
 * a change already written but not committed makes the caller wait, then read it. Take it before reading the
 * members one acts on, and before locking rows the listener locks (a family's policies); readers do not
 * block each other.
 */
export async function lockFamilyMembership(em: EntityManager, familyIds: readonly string[]): Promise<void> {
  if (familyIds.length === 0) return;
  await statementRunner(em).run(`select pg_advisory_xact_lock_shared(${ADVISORY_KEY}) from (select id from unnest(?::uuid[]) as u(id) order by id) as t`, [ids(familyIds)]);
  await statementRunner(em).run('select id from projected_family where id = any(?::uuid[]) order by id for share', [ids(familyIds)]);
}

/** The projection's side: these families' members change in this transaction (rows locked in id order, advisory locks only for families not projected yet). */
export async function lockFamiliesForChange(em: EntityManager, familyIds: readonly string[]): Promise<void> {
  if (familyIds.length === 0) return;
  const locked = await statementRunner(em).rows<{ id: string }>('select id from projected_family where id = any(?::uuid[]) order by id for update', [ids(familyIds)]);
  const found = new Set(locked.map((row) => row.id));
  const missing = familyIds.filter((id) => !found.has(id));
  if (missing.length === 0) return;
  await statementRunner(em).run(`select pg_advisory_xact_lock(${ADVISORY_KEY}) from (select id from unnest(?::uuid[]) as u(id) order by id) as t`, [ids(missing)]);
}
