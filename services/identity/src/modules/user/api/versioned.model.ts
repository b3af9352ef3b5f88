import { Field, Int, ObjectType } from '@nestjs/graphql';

/** Version fields of every administered record and its past versions. */
@ObjectType({ isAbstract: true })
export abstract class VersionedModel {
  @Field(() => Int, { description: 'Version number, incremented by each change' })
  version!: number;

  @Field({ description: 'When this version became current' })
  validFrom!: Date;

  @Field({ description: 'Who made this version (user id, or "system")' })
  changedBy!: string;
}

/** Views carry ISO date-times; models carry Dates. */
export function withDates<T extends { validFrom: string; validTo?: string }>(view: T): Omit<T, 'validFrom' | 'validTo'> & { validFrom: Date; validTo?: Date } {
  return { ...view, validFrom: new Date(view.validFrom), ...(view.validTo ? { validTo: new Date(view.validTo) } : {}) };
}
