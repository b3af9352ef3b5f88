import type { Type } from '@nestjs/common';
import { Field, ObjectType, type ReturnTypeFuncValue } from '@nestjs/graphql';
import { UserError } from './user-error.type';

/** What `errors` of a command's payload says unless told otherwise. */
export const REFUSAL_ERRORS_DESCRIPTION = 'Empty on success; nothing was changed when not empty';

export interface MutationPayloadOptions {
  /** Description of the result field. */
  description?: string;
  /** The result field is nullable (null when refused) unless false. */
  nullable?: boolean;
  /** Description of `errors`; null: none. */
  errorsDescription?: string | null;
}

export type MutationPayloadShape<K extends string, T> = { [P in K]: T | null } & {
  errors: UserError[];
  clientMutationId: string | null;
};

/**
 * Payload base of a mutation: its result under `field`, the refusals and the client's idempotency key.
 * `@ObjectType('UserPayload') class UserPayload extends MutationPayload(UserModel, 'user') {}`.
 */
export function MutationPayload<T, K extends string>(
  result: Type<T> | ReturnTypeFuncValue,
  field: K,
  options: MutationPayloadOptions = {},
): Type<MutationPayloadShape<K, T>> {
  abstract class PayloadType {
    errors!: UserError[];
    clientMutationId!: string | null;
  }
  const { description, nullable = true, errorsDescription = REFUSAL_ERRORS_DESCRIPTION } = options;
  Field(() => result, { nullable, ...(description ? { description } : {}) })(PayloadType.prototype, field);
  Field(() => [UserError], errorsDescription ? { description: errorsDescription } : {})(PayloadType.prototype, 'errors');
  Field(() => String, { nullable: true })(PayloadType.prototype, 'clientMutationId');
  ObjectType({ isAbstract: true })(PayloadType);
  return PayloadType as unknown as Type<MutationPayloadShape<K, T>>;
}
