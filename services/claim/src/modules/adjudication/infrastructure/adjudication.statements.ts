import type { EntityManager } from '@mikro-orm/postgresql';
import { textArrayLiteral, uuidArrayLiteral } from '@imis/persistence';

/** The batch's claims still queued, with the key their adjudication is serialised on (the family, else the insuree). */
export async function queuedOfBatch(tx: EntityManager, claimIds: readonly string[]): Promise<{ lockKeys: string[]; lastSeq: string | null }> {
  const rows = await tx.execute<{ key: string; seq: string }[]>(
    `select coalesce(i.family_id, c.insuree_id)::text as key, c.submission_seq::text as seq
       from claim c left join projected_insuree i on i.id = c.insuree_id
      where c.id = any(?::uuid[]) and c.queued and c.deleted_at is null`,
    [uuidArrayLiteral([...claimIds])],
  );
  const lastSeq = rows.reduce<string | null>((max, row) => (max === null || BigInt(row.seq) > BigInt(max) ? row.seq : max), null);
  return { lockKeys: [...new Set(rows.map((row) => row.key))].sort(), lastSeq };
}

/**
 * Serialises adjudication per family (its members share the policies' deductibles and ceilings) until the transaction
 * ends; keys are taken in sorted order, so two batches sharing families never deadlock.
 */
export async function lockFamilies(tx: EntityManager, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await tx.execute(`select pg_advisory_xact_lock(hashtextextended('claim-usage:' || k, 0)) from unnest(?::text[]) as k order by k`, [textArrayLiteral([...keys])]);
}

/**
 * Every queued claim of these families (or lone insurees) submitted up to `lastSeq`, in submission order: an earlier
 * claim held by another job is adjudicated here first (that job then finds it done), so the result is the sequential one.
 */
export async function queuedInSubmissionOrder(tx: EntityManager, keys: readonly string[], lastSeq: string): Promise<string[]> {
  const rows = await tx.execute<{ id: string }[]>(
    `select c.id from claim c
      where c.queued and c.deleted_at is null and c.status = 'ENTERED' and c.submission_seq <= ?::bigint
        and c.insuree_id in (select i.id from projected_insuree i where i.family_id = any(?::uuid[]) union select unnest(?::uuid[]))
      order by c.submission_seq`,
    [lastSeq, uuidArrayLiteral([...keys]), uuidArrayLiteral([...keys])],
  );
  return rows.map((row) => row.id);
}

/** Gives these claims the next submission numbers, in the order given. */
export async function numberSubmissions(tx: EntityManager, claimIds: readonly string[]): Promise<void> {
  if (claimIds.length === 0) return;
  await tx.execute(
    `update claim c set submission_seq = s.seq
       from (select t.id, nextval('claim_submission_seq') as seq from unnest(?::uuid[]) with ordinality as t(id, n) order by t.n) s
      where c.id = s.id`,
    [uuidArrayLiteral([...claimIds])],
  );
}

/** The lock keys of these insurees: their family, else themselves. */
export async function familyKeys(tx: EntityManager, insureeIds: readonly string[]): Promise<string[]> {
  const rows = await tx.execute<{ key: string }[]>(
    `select distinct coalesce(i.family_id, t.id)::text as key from unnest(?::uuid[]) as t(id) left join projected_insuree i on i.id = t.id`,
    [uuidArrayLiteral([...new Set(insureeIds)])],
  );
  return rows.map((row) => row.key).sort();
}
