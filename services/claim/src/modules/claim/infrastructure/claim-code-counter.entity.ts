import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The last generated claim code number of each facility (codes reserved by one atomic upsert). */
@Entity({ tableName: 'claim_code_counter' })
export class ClaimCodeCounter {
  @PrimaryKey({ type: 'uuid' })
  healthFacilityId!: string;

  @Property({ type: 'integer' })
  last!: number;
}
