import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A pseudo-family holding a product's funding policies at a location (its id derived from both,
 * `fundingFamilyId`). No insuree-service family has this id: the table lets SQL tell funding policies apart
 * (renewal reminders leave them out) and lists the pseudo-families for operators (ADR 0016).
 */
@Entity({ tableName: 'funding_family' })
@Index({ properties: ['productId'] })
export class FundingFamily {
  @PrimaryKey({ type: 'uuid' })
  familyId!: string;

  @Property({ type: 'uuid' })
  productId!: string;

  /** Null: national. */
  @Property({ type: 'uuid', nullable: true })
  locationId!: string | null;
}
