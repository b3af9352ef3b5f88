import { Index, type Opt, Property } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';

/**
 * An aggregate whose past versions are kept (openIMIS "versioned" records). The live row keeps its id;
 * the HistorySubscriber copies the previous state to the history table on every update, in the same
 * transaction. Deleting sets `deletedAt` (soft delete): current rows are those where it is null.
 */
export abstract class VersionedEntity extends BaseEntity {
  @Property({ version: true, type: 'integer' })
  version!: Opt<number>;

  /** When this version became current. */
  @Property({ type: 'timestamptz' })
  validFrom: Opt<Date> = new Date();

  /** Set when the record is deleted; the row stays for history. */
  @Index()
  @Property({ type: 'timestamptz', nullable: true })
  deletedAt?: Date;

  /** Who made this version (user id, or "system"). */
  @Property({ type: 'text' })
  changedBy!: string;

  get isDeleted(): Opt<boolean> {
    return this.deletedAt !== undefined && this.deletedAt !== null;
  }

  markChanged(actor: string, at: Date = new Date()): void {
    this.changedBy = actor;
    this.validFrom = at;
  }

  markDeleted(actor: string, at: Date = new Date()): void {
    this.markChanged(actor, at);
    this.deletedAt = at;
  }
}
