import { type EntityMetadata, ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { BaseEntity } from './base.entity';
import { sqlRunner } from './sql-runner';

interface Insert {
  readonly sql: string;
  readonly columns: readonly { readonly property: string; readonly column: string }[];
}

const inserts = new WeakMap<EntityMetadata, Insert>();

/**
 * Inserts new entities built in memory (`Object.assign(new Entity(), …)`, never persisted through the unit of work)
 * in one statement per entity class, each class's rows as one JSON bind parameter. Every column is written from
 * the entity (a versioned entity starts at version 1), so column defaults do not apply. For large batches of new
 * rows, where the unit of work's change sets and formatted SQL cost more than the rows themselves.
 */
export async function insertEntities(tx: EntityManager, entities: readonly BaseEntity[]): Promise<void> {
  const byClass = new Map<string, BaseEntity[]>();
  for (const entity of entities) {
    const name = entity.constructor.name;
    byClass.set(name, [...(byClass.get(name) ?? []), entity]);
  }
  const sql = sqlRunner(tx);
  for (const [name, rows] of byClass) {
    const insert = insertOf(tx.getMetadata().get(name));
    const json = rows.map((row) => {
      const record = row as unknown as Record<string, unknown>;
      return Object.fromEntries(insert.columns.map(({ property, column }) => [column, property === 'version' ? (record.version ?? 1) : (record[property] ?? null)]));
    });
    await sql.run(insert.sql, [JSON.stringify(json, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))]);
  }
}

function insertOf(meta: EntityMetadata): Insert {
  let insert = inserts.get(meta);
  if (insert) return insert;
  const columns = meta.props
    .filter((prop) => prop.kind === ReferenceKind.SCALAR && prop.fieldNames?.length === 1 && prop.persist !== false)
    .map((prop) => ({ property: prop.name, column: prop.fieldNames[0]! }));
  const list = columns.map(({ column }) => `"${column}"`).join(', ');
  insert = { columns, sql: `insert into "${meta.tableName}" (${list}) select ${list} from jsonb_populate_recordset(null::"${meta.tableName}", ?::jsonb)` };
  inserts.set(meta, insert);
  return insert;
}
