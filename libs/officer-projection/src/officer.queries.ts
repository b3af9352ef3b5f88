import { isUuid, type ProjectionReader, readRows, textArrayLiteral, uuidArrayLiteral } from '@imis/persistence';

export interface ProjectedOfficerRow {
  id: string;
  code: string;
  villageIds: string[];
  substitutionOfficerId: string | null;
  /** YYYY-MM-DD, last working day; null: open-ended. */
  worksTo: string | null;
  deleted: boolean;
  version: number;
}

export interface OfficerQueryOptions {
  /** Deleted officers too; by default only current ones. */
  includeDeleted?: boolean;
}

const COLUMNS = `id, code, village_ids::text[] as "villageIds", substitution_officer_id as "substitutionOfficerId",
  to_char(works_to, 'YYYY-MM-DD') as "worksTo", deleted, version`;
const current = (options: OfficerQueryOptions) => (options.includeDeleted ? '' : ' and not deleted');

/** The officers with these ids (ids that are not UUIDs are left out): one query. */
export async function officersByIds(db: ProjectionReader, ids: readonly string[], options: OfficerQueryOptions = {}): Promise<ProjectedOfficerRow[]> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (valid.length === 0) return [];
  return readRows(db, `select ${COLUMNS} from projected_officer where id = any(?::uuid[])${current(options)}`, [uuidArrayLiteral(valid)]);
}

/** The current officers holding these codes: one query on the code index. */
export async function officersByCodes(db: ProjectionReader, codes: readonly string[]): Promise<ProjectedOfficerRow[]> {
  if (codes.length === 0) return [];
  return readRows(db, `select ${COLUMNS} from projected_officer where code = any(?::text[]) and not deleted`, [textArrayLiteral([...new Set(codes)])]);
}

/**
 * These current officers and every current officer their substitution chains lead to (substitute, its
 * substitute…), each once: one recursive query whatever the length of the chains. A deleted officer ends a
 * chain; `union` drops rows already reached, so a loop ends too.
 */
export async function officersWithSubstitutes(db: ProjectionReader, ids: readonly string[]): Promise<ProjectedOfficerRow[]> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (valid.length === 0) return [];
  return readRows(
    db,
    `with recursive chain (id, substitution_officer_id) as (
       select id, substitution_officer_id from projected_officer where id = any(?::uuid[]) and not deleted
       union
       select o.id, o.substitution_officer_id from projected_officer o join chain c on o.id = c.substitution_officer_id where not o.deleted
     )
     select ${COLUMNS} from projected_officer where id in (select id from chain)`,
    [uuidArrayLiteral(valid)],
  );
}
