import type { EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { columnProps } from './column-props';
import { readRows } from './projection-reader';

interface Select {
  readonly sql: string;
  readonly columns: readonly { readonly property: string; readonly convert: ((value: unknown) => unknown) | null }[];
}

const selects = new WeakMap<EntityMetadata, Select>();

/**
 * Entities read outside the unit of work (never flushed; the caller writes them set-based), on the lean statement
 * path: `where` is SQL over the entity's table (columns by name, `?` placeholders), e.g. `claim_id = any(?::uuid[])
 * order by id`. Each property holds what MikroORM would load: dates as `YYYY-MM-DD`, timestamps as Dates, bigints as
 * JS bigints, JSON parsed, decimals as strings. For batches, where hydration through the EntityManager costs more than the rows.
 */
export async function selectEntities<T extends object>(db: EntityManager, entity: new () => T, where: string, values: unknown[]): Promise<T[]> {
  const select = selectOf(db.getMetadata().get(entity.name));
  const rows = await readRows<Record<string, unknown>>(db, `${select.sql} where ${where}`, values);
  return rows.map((row) => {
    const instance = new entity() as unknown as Record<string, unknown>;
    for (const { property, convert } of select.columns) {
      const value = row[property];
      instance[property] = convert && value !== null ? convert(value) : value;
    }
    return instance as unknown as T;
  });
}

function selectOf(meta: EntityMetadata): Select {
  let select = selects.get(meta);
  if (select) return select;
  const props = columnProps(meta);
  const columns = props.map((prop) => ({ property: prop.name, convert: converterOf(prop.columnTypes?.[0]?.toLowerCase() ?? '') }));
  const list = props.map((prop) => `"${prop.fieldNames[0]}" as "${prop.name}"`);
  select = { columns, sql: `select ${list.join(', ')} from "${meta.tableName}"` };
  selects.set(meta, select);
  return select;
}

/**
 * What turns a column's value, as MikroORM's connections return it (dates and timestamps as PostgreSQL's text, int8 as
 * text), into the property's value; null when it needs nothing.
 */
function converterOf(columnType: string): ((value: unknown) => unknown) | null {
  if (columnType === 'bigint' || columnType === 'int8') return (value) => BigInt(value as string);
  if (columnType.startsWith('timestamp')) return (value) => new Date(value as string);
  return null;
}
