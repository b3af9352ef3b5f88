import { type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { uuidv7 } from './uuid';

/** Every table's identity: a UUID v7 primary key and creation/update stamps. */
export abstract class BaseEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
