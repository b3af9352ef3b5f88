import { Entity, Property } from '@mikro-orm/core';
import { BaseEntity } from '@imis/persistence';

/** A short text someone wrote (the example aggregate of the scaffold: replace it with the service's own). */
@Entity({ tableName: 'note' })
export class Note extends BaseEntity {
  @Property({ type: 'string', length: 200 })
  text!: string;

  /** The user who wrote it. */
  @Property({ type: 'text' })
  writtenBy!: string;
}
