import { ChangeSetType, EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
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
        data: toJson({ ...previous, version: entity.version }),
        validFrom: new Date(previous.validFrom as string | Date),
        validTo: now,
        changedBy: String(previous.changedBy),
        replacedBy: entity.changedBy,
      });
      uow.computeChangeSet(record);
    }
  }
}

function toJson(data: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
}
