import type { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';

/** What a past version adds to the fields of its record. */
export interface PastVersionShape {
  validTo: Date;
  replacedBy: string;
}

export interface VersionOfOptions {
  /** Descriptions of `validTo` and `replacedBy`; none when not given. */
  fieldDescriptions?: { validTo: string; replacedBy: string };
}

/**
 * Base of a past version: the record's fields, then until when it was current and who replaced it.
 * `@ObjectType('LocationVersion') class LocationVersionModel extends VersionOf(LocationFieldsModel) {}`.
 */
export function VersionOf<T extends object>(fields: abstract new () => T, options: VersionOfOptions = {}): Type<T & PastVersionShape> {
  abstract class VersionType extends (fields as unknown as Type<object>) {
    validTo!: Date;
    replacedBy!: string;
  }
  const described = options.fieldDescriptions;
  Field(() => Date, described ? { description: described.validTo } : {})(VersionType.prototype, 'validTo');
  Field(() => String, described ? { description: described.replacedBy } : {})(VersionType.prototype, 'replacedBy');
  ObjectType({ isAbstract: true })(VersionType);
  return VersionType as unknown as Type<T & PastVersionShape>;
}
