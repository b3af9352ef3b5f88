import { ChangeSetType, type EntityMetadata, EventSubscriber, FlushEventArgs, JsonType } from '@mikro-orm/core';
import { HistoryRecord } from './history-record.entity';
import { VersionedEntity } from './versioned.entity';

/**
 * Keeps the previous version of every updated VersionedEntity in the history table. Runs inside the
 * flush, so the history row commits (or rolls back) with the change itself.
 */
export class HistorySubscriber implements EventSubscriber {
  async onFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const now = new Date();
    for (const changeSet of uow.getChangeSets()) {
      if (changeSet.type !== ChangeSetType.UPDATE || !(changeSet.entity instanceof VersionedEntity)) continue;
      const previous = changeSet.originalEntity as Record<string, unknown> | undefined;
      if (!previous) continue;
      const entity = changeSet.entity;
      // The version column is incremented by the database, so the snapshot may not carry it: the
      // in-memory value is still the previous version until the flush completes.
      const record = em.create(HistoryRecord, {
        entityType: changeSet.meta.className,
        entityId: entity.id,
        version: entity.version,
        data: toJson({ ...jsonValues(changeSet.meta, previous), version: entity.version }),
        validFrom: new Date(previous.validFrom as string | Date),
        validTo: now,
        changedBy: String(previous.changedBy),
        replacedBy: entity.changedBy,
      });
      uow.computeChangeSet(record);
    }
  }
}

/**
 * MikroORM's snapshot holds a JSON property as its database value, the JSON text: parse it back so that
 * the history keeps it as a JSON value (an array stays an array), as the live row's column has it.
 */
function jsonValues(meta: EntityMetadata, snapshot: Record<string, unknown>): Record<string, unknown> {
  const data = { ...snapshot };
  for (const prop of meta.props) {
    const value = data[prop.name];
    if (prop.customType instanceof JsonType && typeof value === 'string') data[prop.name] = JSON.parse(value) as unknown;
  }
  return data;
}

function toJson(data: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
}
