import type { EntityManager } from '@mikro-orm/core';
import { HistoryRecord } from './history-record.entity';

/** Past versions of one record, oldest first (the current version is the live row itself). */
export function findHistory(em: EntityManager, entityType: string, entityId: string): Promise<HistoryRecord[]> {
  return em.find(HistoryRecord, { entityType, entityId }, { orderBy: { version: 'asc' } });
}
