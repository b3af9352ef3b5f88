import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { VersionedEntity } from '@imis/persistence';
import { PAYER_TYPES, type PayerType } from '../domain/payer-fields';

/** Who pays premiums for others (a government, a donor…), placed at a region or district or national (null). */
@Entity({ tableName: 'payer' })
export class Payer extends VersionedEntity {
  @Enum({ items: [...PAYER_TYPES], type: 'string', length: 1 })
  type!: PayerType;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  address: string | null = null;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  locationId: string | null = null;

  @Property({ type: 'string', length: 50, nullable: true })
  phone: string | null = null;

  @Property({ type: 'string', length: 50, nullable: true })
  fax: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  email: string | null = null;
}
