import { Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/** The first result of a command sent with a clientMutationId, replayed when a client retries it. */
@Entity({ tableName: 'client_mutation' })
export class ClientMutation {
  @PrimaryKey({ type: 'text' })
  actor!: string;

  @PrimaryKey({ type: 'text' })
  clientMutationId!: string;

  @Property({ type: 'text' })
  operation!: string;

  /** clientMutationFingerprint of the operation and input; null on results stored before it was kept. */
  @Property({ type: 'text', nullable: true })
  inputHash?: string | null;

  @Property({ type: 'jsonb' })
  result!: unknown;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}
