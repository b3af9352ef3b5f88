import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs `work` in a transaction: the caller's when `em` is already transactional (an event handler's
 * inbox transaction, a job's), else a new one on a fork of `em`.
 */
export function inTransaction<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  if (em.isInTransaction()) return work(em);
  return em.fork().transactional(work);
}
