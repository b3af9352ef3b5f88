import type { EntityManager } from '@mikro-orm/postgresql';

const UPSERT = `insert into payment_premium (id, policy_id, deleted, version) values (?, ?, ?, ?)
  on conflict (id) do update set policy_id = excluded.policy_id, deleted = excluded.deleted, version = excluded.version
  where payment_premium.version < excluded.version`;

/** The premium at its version (a reversal keeps the row, flagged); an older or repeated event changes nothing. */
export async function upsertPremium(em: EntityManager, premium: { id: string; policyId: string; version: number }, deleted: boolean): Promise<void> {
  await em.execute(UPSERT, [premium.id, premium.policyId, deleted, premium.version], 'run');
}
