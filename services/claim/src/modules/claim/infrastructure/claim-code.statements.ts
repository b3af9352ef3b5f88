import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlRunner, textArrayLiteral, uuidArrayLiteral } from '@imis/persistence';

const key = (facilityId: string, code: string) => `${facilityId}|${code}`;

/**
 * Serialises the entry of claims per facility until the transaction ends (advisory locks taken in id order, so two
 * batches sharing facilities never deadlock): the duplicate check and the code generation then see every code.
 */
export async function lockFacilityCodes(tx: EntityManager, facilityIds: readonly string[]): Promise<void> {
  const ids = [...new Set(facilityIds)].sort();
  if (ids.length === 0) return;
  await sqlRunner(tx).run(`select pg_advisory_xact_lock(hashtextextended('claim-code:' || f::text, 0)) from unnest(?::uuid[]) as f order by f`, [uuidArrayLiteral(ids)]);
}

/** Which of these (facility, code) pairs a current claim other than `exceptIds` holds: one query. */
export async function takenCodes(tx: EntityManager, pairs: readonly { facilityId: string; code: string }[], exceptIds: readonly string[] = []): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  const rows = await sqlRunner(tx).rows<{ health_facility_id: string; code: string }>(
    `select health_facility_id, code from claim where deleted_at is null and health_facility_id = any(?::uuid[]) and code = any(?::text[])
       and not (id = any(?::uuid[]))`,
    [uuidArrayLiteral([...new Set(pairs.map((pair) => pair.facilityId))]), textArrayLiteral([...new Set(pairs.map((pair) => pair.code))]), uuidArrayLiteral([...exceptIds])],
  );
  const wanted = new Set(pairs.map((pair) => key(pair.facilityId, pair.code)));
  return new Set(rows.map((row) => key(row.health_facility_id, row.code)).filter((taken) => wanted.has(taken)));
}

/** Reserves the next `count` code numbers of a facility (one atomic upsert), in order. */
export async function reserveCodeNumbers(tx: EntityManager, facilityId: string, count: number): Promise<number[]> {
  const [row] = await sqlRunner(tx).rows<{ last: number }>(
    `insert into claim_code_counter (health_facility_id, last) values (?, ?)
     on conflict (health_facility_id) do update set last = claim_code_counter.last + excluded.last returning last`,
    [facilityId, count],
  );
  return Array.from({ length: count }, (_, index) => row.last - count + 1 + index);
}

export { key as facilityCodeKey };
