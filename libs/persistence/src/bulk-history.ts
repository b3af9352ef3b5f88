import { type EntityMetadata, type EntityName, ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlRunner } from './sql-runner';
import { uuidv7 } from './uuid';
import type { VersionedEntity } from './versioned.entity';

/** jsonb_build_object takes at most 100 arguments: 50 properties per call, joined with `||`. */
const PROPERTIES_PER_CALL = 50;
const snapshots = new WeakMap<EntityMetadata, string>();

/**
 * What the HistorySubscriber does for one entity flushed by the unit of work, for many rows changed by one set-based
 * statement: copies the current version of each row (before the caller's update, in the same transaction) to the
 * history table, its data keyed by property name as the subscriber writes it (money and dates as text).
 */
export async function recordHistory<T extends VersionedEntity>(tx: EntityManager, entity: EntityName<T>, ids: readonly string[], replacedBy: string, at: Date): Promise<void> {
  if (ids.length === 0) return;
  const meta = tx.getMetadata().get<T>(entity);
  await sqlRunner(tx).run(
    `insert into history (id, created_at, updated_at, entity_type, entity_id, version, data, valid_from, valid_to, changed_by, replaced_by)
     select h.history_id, ?::timestamptz, ?::timestamptz, ?, r.id, r.version, ${snapshotOf(meta)}, r.valid_from, ?::timestamptz, r.changed_by, ?
     from jsonb_to_recordset(?::jsonb) as h(entity_id uuid, history_id uuid) join "${meta.tableName}" r on r.id = h.entity_id`,
    [at, at, meta.className, at, replacedBy, JSON.stringify(ids.map((id) => ({ entity_id: id, history_id: uuidv7() })))],
  );
}

function snapshotOf(meta: EntityMetadata): string {
  let sql = snapshots.get(meta);
  if (sql) return sql;
  const pairs = meta.props
    .filter((prop) => prop.kind === ReferenceKind.SCALAR && prop.fieldNames?.length === 1 && prop.persist !== false)
    .map((prop) => `'${prop.name}', ${valueOf(`r."${prop.fieldNames[0]}"`, String(prop.columnTypes?.[0] ?? prop.type).toLowerCase())}`);
  const calls: string[] = [];
  for (let start = 0; start < pairs.length; start += PROPERTIES_PER_CALL) calls.push(`jsonb_build_object(${pairs.slice(start, start + PROPERTIES_PER_CALL).join(', ')})`);
  sql = calls.join(' || ');
  snapshots.set(meta, sql);
  return sql;
}

/** Money and large integers stay exact (text, as the entities hold them); dates stay calendar dates. */
function valueOf(column: string, type: string): string {
  if (type.startsWith('numeric') || type.startsWith('decimal') || type === 'bigint' || type === 'date') return `${column}::text`;
  return column;
}
