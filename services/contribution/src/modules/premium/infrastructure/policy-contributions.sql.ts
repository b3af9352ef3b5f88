import type { EntityManager } from '@mikro-orm/postgresql';
import type { PolicyContributions } from '@imis/contracts';

/** The policy's row, created when missing, locked until the transaction ends; Σ before the change. */
export interface LockedContributions {
  policyId: string;
  paidTotal: string;
  revision: number;
  /** Current non-photo premiums. */
  installments: number;
}

const ENSURE = `insert into policy_contributions (policy_id, paid_total, last_pay_date, revision) values (?, 0, null, 0) on conflict (policy_id) do nothing`;
const LOCK = `select pc.policy_id as "policyId", pc.paid_total::text as "paidTotal", pc.revision,
    (select count(*)::int from premium p where p.policy_id = pc.policy_id and p.deleted_at is null and not p.is_photo_fee) as installments
  from policy_contributions pc where pc.policy_id = ? for update`;
const RECOMPUTE = `update policy_contributions pc set paid_total = s.total, last_pay_date = s.last, revision = pc.revision + 1
  from (select coalesce(sum(amount), 0) as total, max(pay_date) as last from premium where policy_id = ? and deleted_at is null and not is_photo_fee) s
  where pc.policy_id = ?
  returning pc.policy_id as "policyId", pc.paid_total::text as "paidTotal", to_char(pc.last_pay_date, 'YYYY-MM-DD') as "lastPayDate", pc.revision`;

/** Locks the policy's contributions row (creating it at revision 0): premium commands of one policy run one after another. */
export async function lockContributions(tx: EntityManager, policyId: string): Promise<LockedContributions> {
  await tx.execute(ENSURE, [policyId], 'run');
  const [row] = await tx.execute<LockedContributions[]>(LOCK, [policyId]);
  return row;
}

/** Recomputes the locked row from the current premiums (after the flush) and moves it to the next revision. */
export async function recomputeContributions(tx: EntityManager, policyId: string): Promise<PolicyContributions> {
  const [row] = await tx.execute<PolicyContributions[]>(RECOMPUTE, [policyId, policyId]);
  return row;
}

/** The rows of these policies (one query), for reads: paid totals as this service knows them. */
export async function contributionsOf(db: EntityManager, policyIds: readonly string[]): Promise<Map<string, PolicyContributions>> {
  if (policyIds.length === 0) return new Map();
  const rows = await db.execute<PolicyContributions[]>(
    `select policy_id as "policyId", paid_total::text as "paidTotal", to_char(last_pay_date, 'YYYY-MM-DD') as "lastPayDate", revision
     from policy_contributions where policy_id = any(?::uuid[])`,
    [`{${policyIds.join(',')}}`],
  );
  return new Map(rows.map((row) => [row.policyId, row]));
}
