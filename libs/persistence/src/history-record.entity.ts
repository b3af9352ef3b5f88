import { Entity, Index, Property } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';

/** A past version of a versioned aggregate: its full state, who made it and when it stopped being current. */
@Entity({ tableName: 'history' })
@Index({ properties: ['entityType', 'entityId', 'version'] })
export class HistoryRecord extends BaseEntity {
  @Property({ type: 'text' })
  entityType!: string;

  @Property({ type: 'uuid' })
  entityId!: string;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'jsonb' })
  data!: Record<string, unknown>;

  @Property({ type: 'timestamptz' })
  validFrom!: Date;

  @Property({ type: 'timestamptz' })
  validTo!: Date;

  /** The actor of this past version. */
  @Property({ type: 'text' })
  changedBy!: string;

  /** The actor whose change ended this version. */
  @Property({ type: 'text' })
  replacedBy!: string;
}
