import { type EntityMetadata, type EntityProperty, ReferenceKind } from '@mikro-orm/core';

/** The properties of an entity stored in one column each (scalars, persisted): what the set-based paths write and read. */
export function columnProps(meta: EntityMetadata): EntityProperty[] {
  return meta.props.filter((prop) => prop.kind === ReferenceKind.SCALAR && prop.fieldNames?.length === 1 && prop.persist !== false);
}
