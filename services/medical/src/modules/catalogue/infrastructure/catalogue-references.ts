import { isUuid, type ProjectionReader, readRows, uuidArrayLiteral } from '@imis/persistence';

/** What is known of an id that may name an item or a service: which one it names, and whether it is deleted. */
export interface CatalogueReference {
  id: string;
  /** ITEMS for a medical item, SERVICES for a medical service (the kinds of price lists). */
  kind: 'ITEMS' | 'SERVICES';
  deleted: boolean;
}

/**
 * The items and services (current or deleted) with these ids, in one statement over both tables, however
 * many ids (ids that are not UUIDs cannot exist and are left out). Callers refuse the missing, deleted or
 * wrong-kind ones with their own codes.
 */
export async function catalogueReferences(db: ProjectionReader, ids: readonly string[]): Promise<Map<string, CatalogueReference>> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (valid.length === 0) return new Map();
  const literal = uuidArrayLiteral(valid);
  const rows = await readRows<CatalogueReference>(
    db,
    `select id, 'ITEMS' as kind, deleted_at is not null as deleted from medical_item where id = any(?::uuid[])
     union all
     select id, 'SERVICES' as kind, deleted_at is not null as deleted from medical_service where id = any(?::uuid[])`,
    [literal, literal],
  );
  return new Map(rows.map((row) => [row.id, row]));
}
