import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlRunner, textArrayLiteral, uuidArrayLiteral } from '@imis/persistence';

/** The lock key of a claim's insuree: its family, else the insuree (deleted insurees too: their claims still wait). */
const LOCK_KEY = 'coalesce(i.family_id, c.insuree_id)::text';
const WITH_INSUREE = 'claim c left join projected_insuree i on i.id = c.insuree_id';

/** A claim and the key its adjudication is serialised on. */
export interface KeyedClaim {
  readonly id: string;
  readonly key: string;
}

/** A claim of a batch still queued, with its submission number. */
export interface QueuedClaim extends KeyedClaim {
  readonly seq: string;
}

/** The batch's claims still queued, with their lock keys and submission numbers. */
export async function queuedOfBatch(tx: EntityManager, claimIds: readonly string[]): Promise<QueuedClaim[]> {
  return sqlRunner(tx).rows<QueuedClaim>(
    `select c.id, ${LOCK_KEY} as key, c.submission_seq::text as seq from ${WITH_INSUREE} where c.id = any(?::uuid[]) and c.queued and c.deleted_at is null`,
    [uuidArrayLiteral([...claimIds])],
  );
}

export const lastOf = (rows: readonly { seq: string }[]) => rows.reduce<string | null>((max, row) => (max === null || BigInt(row.seq) > BigInt(max) ? row.seq : max), null);

/**
 * Serialises adjudication per family (its members share the policies' deductibles and ceilings) until the transaction
 * ends; keys are taken in sorted order, so two batches sharing families never deadlock.
 */
export async function lockFamilies(tx: EntityManager, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await sqlRunner(tx).run(`select pg_advisory_xact_lock(hashtextextended('claim-usage:' || k, 0)) from unnest(?::text[]) as k order by k`, [textArrayLiteral([...keys])]);
}

/**
 * The same locks as lockFamilies for those of these keys no other transaction holds, without waiting: the keys taken.
 * Taking none never waits, so it never deadlocks whatever the order.
 */
export async function tryLockFamilies(tx: EntityManager, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await sqlRunner(tx).rows<{ key: string }>(`select k as key from unnest(?::text[]) as k where pg_try_advisory_xact_lock(hashtextextended('claim-usage:' || k, 0))`, [
    textArrayLiteral([...keys]),
  ]);
  return new Set(rows.map((row) => row.key));
}

/**
 * Tops a small batch up with what else waits: the families of the oldest queued claims (up to `room` of them) that no
 * other worker holds, locked without waiting (so never a deadlock with the sorted locks of lockFamilies), and the
 * submission number up to which their claims are taken. Their jobs later find those claims done. A pool behind its
 * queue thus adjudicates in full batches even when claims arrive one per job.
 */
export async function lockWaitingFamilies(tx: EntityManager, room: number, held: readonly string[]): Promise<{ keys: string[]; lastSeq: string | null }> {
  if (room <= 0) return { keys: [], lastSeq: null };
  const rows = await sqlRunner(tx).rows<{ key: string; seq: string }>(
    `select ${LOCK_KEY} as key, c.submission_seq::text as seq from ${WITH_INSUREE}
      where c.queued and c.deleted_at is null and c.status = 'ENTERED' and c.submission_seq is not null order by c.submission_seq limit ?`,
    [room],
  );
  const wanted = [...new Set(rows.map((row) => row.key))].filter((key) => !held.includes(key)).sort();
  if (wanted.length === 0) return { keys: [], lastSeq: null };
  const locked = await tryLockFamilies(tx, wanted);
  return { keys: [...locked], lastSeq: lastOf(rows.filter((row) => locked.has(row.key))) };
}

/**
 * Every queued claim of these families (or lone insurees) submitted up to `lastSeq`, in submission order: an earlier
 * claim held by another job is adjudicated here first (that job then finds it done), so the result is the sequential one.
 */
export async function queuedInSubmissionOrder(tx: EntityManager, keys: readonly string[], lastSeq: string): Promise<string[]> {
  const families = uuidArrayLiteral([...new Set(keys)]);
  const rows = await sqlRunner(tx).rows<{ id: string }>(
    `select id from claim where queued and deleted_at is null and status = 'ENTERED' and submission_seq <= ?::bigint
        and insuree_id in (select id from projected_insuree where family_id = any(?::uuid[]) union select unnest(?::uuid[]))
      order by submission_seq`,
    [lastSeq, families, families],
  );
  return rows.map((row) => row.id);
}

/** Gives these claims the next submission numbers, in the order given. */
export async function numberSubmissions(tx: EntityManager, claimIds: readonly string[]): Promise<void> {
  if (claimIds.length === 0) return;
  await sqlRunner(tx).run(
    `update claim c set submission_seq = s.seq
       from (select t.id, nextval('claim_submission_seq') as seq from unnest(?::uuid[]) with ordinality as t(id, n) order by t.n) s
      where c.id = s.id`,
    [uuidArrayLiteral([...claimIds])],
  );
}

/**
 * These claims with their lock keys (their insuree's family, else the insuree: deleted insurees too), in submission
 * order: for the rare paths that group claims by family (a job's last attempt, processClaims); the hot
 * queuedInSubmissionOrder reads only the ids.
 */
export async function lockKeysOf(tx: EntityManager, claimIds: readonly string[]): Promise<KeyedClaim[]> {
  return sqlRunner(tx).rows<KeyedClaim>(`select c.id, ${LOCK_KEY} as key from ${WITH_INSUREE} where c.id = any(?::uuid[]) order by c.submission_seq, c.id`, [
    uuidArrayLiteral([...new Set(claimIds)]),
  ]);
}
