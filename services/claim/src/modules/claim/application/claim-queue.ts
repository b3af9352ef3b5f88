import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Where submitted claims wait for adjudication (a port). The submission itself is the `queued` flag and the
 * `submitted` event, committed together; an adapter may also hand the ids to workers in the same transaction.
 * Until the adjudication workers exist, `QueuedFlagOnly` does nothing more: workers will pick queued claims up.
 */
export abstract class ClaimQueue {
  abstract enqueue(tx: EntityManager, claimIds: readonly string[]): Promise<void>;
}

export class QueuedFlagOnly extends ClaimQueue {
  async enqueue(): Promise<void> {}
}
