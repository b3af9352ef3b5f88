import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A consumer's visible effect: how many times an order's event was applied. */
@Entity({ tableName: 'test_tally' })
export class Tally {
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'integer' })
  count!: number;
}
