import type { EntityManager } from '@mikro-orm/postgresql';
import { familyMembers, insureesByIds } from '@imis/insuree-projection';
import { textArrayLiteral, uuidArrayLiteral } from '@imis/persistence';

/** The batch's claims still queued, with the keys their adjudication is serialised on (the family, else the insuree). */
export async function queuedOfBatch(tx: EntityManager, claimIds: readonly string[]): Promise<{ lockKeys: string[]; lastSeq: string | null }> {
  const rows = await tx.execute<{ insureeId: string; seq: string }[]>(
    `select insuree_id as "insureeId", submission_seq::text as seq from claim where id = any(?::uuid[]) and queued and deleted_at is null`,
    [uuidArrayLiteral([...claimIds])],
  );
  const lastSeq = rows.reduce<string | null>((max, row) => (max === null || BigInt(row.seq) > BigInt(max) ? row.seq : max), null);
  return { lockKeys: await familyKeys(tx, rows.map((row) => row.insureeId)), lastSeq };
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
 * Tops a small batch up with what else waits: the families of the oldest queued claims (up to `room` of them) that no
 * other worker holds, locked without waiting (so never a deadlock with the sorted locks of lockFamilies), and the
 * submission number up to which their claims are taken. Their jobs later find those claims done. A pool behind its
 * queue thus adjudicates in full batches even when claims arrive one per job.
 */
export async function lockWaitingFamilies(tx: EntityManager, room: number, held: readonly string[]): Promise<{ keys: string[]; lastSeq: string | null }> {
  if (room <= 0) return { keys: [], lastSeq: null };
  const rows = await tx.execute<{ insureeId: string; seq: string }[]>(
    `select insuree_id as "insureeId", submission_seq::text as seq from claim where queued and deleted_at is null and status = 'ENTERED' and submission_seq is not null
      order by submission_seq limit ?`,
    [room],
  );
  const keyOf = await familyKeyOf(tx, rows.map((row) => row.insureeId));
  const wanted = [...new Set(keyOf.values())].filter((key) => !held.includes(key)).sort();
  if (wanted.length === 0) return { keys: [], lastSeq: null };
  const locked = new Set(
    (
      await tx.execute<{ key: string }[]>(`select k as key from unnest(?::text[]) as k where pg_try_advisory_xact_lock(hashtextextended('claim-usage:' || k, 0))`, [
        textArrayLiteral(wanted),
      ])
    ).map((row) => row.key),
  );
  const lastSeq = rows
    .filter((row) => locked.has(keyOf.get(row.insureeId)!))
    .reduce<string | null>((max, row) => (max === null || BigInt(row.seq) > BigInt(max) ? row.seq : max), null);
  return { keys: [...locked], lastSeq };
}

/**
 * Every queued claim of these families (or lone insurees) submitted up to `lastSeq`, in submission order: an earlier
 * claim held by another job is adjudicated here first (that job then finds it done), so the result is the sequential one.
 */
export async function queuedInSubmissionOrder(tx: EntityManager, keys: readonly string[], lastSeq: string): Promise<string[]> {
  const members = (await familyMembers(tx, keys)).map((member) => member.id);
  const rows = await tx.execute<{ id: string }[]>(
    `select id from claim where queued and deleted_at is null and status = 'ENTERED' and submission_seq <= ?::bigint and insuree_id = any(?::uuid[])
      order by submission_seq`,
    [lastSeq, uuidArrayLiteral([...new Set([...members, ...keys])])],
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

/** The lock keys of these insurees, sorted: their family, else themselves (deleted insurees too: their claims still wait). */
export async function familyKeys(tx: EntityManager, insureeIds: readonly string[]): Promise<string[]> {
  return [...new Set((await familyKeyOf(tx, insureeIds)).values())].sort();
}

/** The lock key of each insuree: its family, else itself. */
async function familyKeyOf(tx: EntityManager, insureeIds: readonly string[]): Promise<Map<string, string>> {
  const families = new Map((await insureesByIds(tx, insureeIds, { includeDeleted: true })).map((insuree) => [insuree.id, insuree.familyId]));
  return new Map(insureeIds.map((id) => [id, families.get(id) ?? id]));
}
