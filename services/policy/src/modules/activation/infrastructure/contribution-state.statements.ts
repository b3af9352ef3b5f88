import type { EntityManager } from '@mikro-orm/postgresql';
import type { PolicyContributions } from '@imis/contracts';

export interface StoredContributions {
  readonly policyId: string;
  readonly paidTotal: string;
  readonly lastPayDate: string | null;
  readonly revision: number;
  readonly paymentMatched: boolean;
}

// Newer revisions only: a redelivered or late older state changes nothing (returns no row).
const UPSERT = `insert into policy_contribution_state (policy_id, paid_total, last_pay_date, revision, payment_matched)
  values (?, ?, ?, ?, false)
  on conflict (policy_id) do update set paid_total = excluded.paid_total, last_pay_date = excluded.last_pay_date, revision = excluded.revision
  where policy_contribution_state.revision < excluded.revision
  returning policy_id`;

const MARK_MATCHED = `insert into policy_contribution_state (policy_id, paid_total, last_pay_date, revision, payment_matched)
  select id, 0, null, 0, true from unnest(?::uuid[]) as t(id)
  on conflict (policy_id) do update set payment_matched = true`;

const READ = `select policy_id as "policyId", paid_total::text as "paidTotal", to_char(last_pay_date, 'YYYY-MM-DD') as "lastPayDate", revision,
    payment_matched as "paymentMatched"
  from policy_contribution_state where policy_id = ?`;

/**
 * Serialises, per policy id, the recording of its contributions and the creation of the policy, which come
 * from different consumers: whichever commits second sees the other's row (READ COMMITTED).
 */
export async function lockPolicyContributions(tx: EntityManager, policyId: string): Promise<void> {
  await tx.execute(`select pg_advisory_xact_lock(hashtextextended('policy-contributions:' || ?, 0))`, [policyId]);
}

/** Stores the state when it is newer than the one held; whether it was. */
export async function storeIfNewer(tx: EntityManager, state: PolicyContributions): Promise<boolean> {
  const rows = await tx.execute<{ policy_id: string }[]>(UPSERT, [state.policyId, state.paidTotal, state.lastPayDate, state.revision]);
  return rows.length > 0;
}

/** Remembers that matched payments named these policies (set-based). */
export async function markPaymentMatched(tx: EntityManager, policyIds: readonly string[]): Promise<void> {
  if (policyIds.length > 0) await tx.execute(MARK_MATCHED, [`{${policyIds.join(',')}}`], 'run');
}

export async function storedContributions(tx: EntityManager, policyId: string): Promise<StoredContributions | null> {
  const [row] = await tx.execute<StoredContributions[]>(READ, [policyId]);
  return row ?? null;
}
