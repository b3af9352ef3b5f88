import { Entity, Index, Property } from '@mikro-orm/core';
import { ClaimLine } from './claim-line.entity';

/** A line of a claim for a medical item (drug or consumable) of the medical projection. */
@Entity({ tableName: 'claim_item' })
@Index({ properties: ['claimId', 'replacedInVersion'] })
export class ClaimItem extends ClaimLine {
  @Index()
  @Property({ type: 'uuid' })
  itemId!: string;
}
