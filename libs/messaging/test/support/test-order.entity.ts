import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The "aggregate" of the tests: its changes are committed together with their outbox rows. */
@Entity({ tableName: 'test_order' })
export class TestOrder {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'integer' })
  quantity!: number;
}
