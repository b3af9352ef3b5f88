import type { EntityManager } from '@mikro-orm/postgresql';
import type { OfficerState } from '@imis/contracts';

const UPSERT = `insert into projected_officer (id, code, village_ids, substitution_officer_id, works_to, deleted, version)
  values (?, ?, ?::uuid[], ?, ?, ?, ?)
  on conflict (id) do update set code = excluded.code, village_ids = excluded.village_ids, substitution_officer_id = excluded.substitution_officer_id,
    works_to = excluded.works_to, deleted = excluded.deleted, version = excluded.version
  where projected_officer.version < excluded.version`;

/** The officer's state at its version (a deletion keeps the row, flagged); an older or equal version changes nothing. */
export async function upsertOfficer(em: EntityManager, state: OfficerState, deleted: boolean): Promise<void> {
  await em.execute(UPSERT, [state.id, state.code, `{${state.villageIds.join(',')}}`, state.substitutionOfficerId, state.worksTo, deleted, state.version], 'run');
}
