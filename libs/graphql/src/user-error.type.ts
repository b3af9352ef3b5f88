import { Directive, Field, ObjectType } from '@nestjs/graphql';

/** A domain refusal returned in a mutation payload: stable code, human message, offending input field. */
@Directive('@shareable')
@ObjectType({ description: 'Why a mutation was refused: a stable code, a message, and the input field concerned.' })
export class UserError {
  @Field({ description: 'Stable machine-readable code, e.g. LOCATION_CODE_DUPLICATE' })
  code!: string;

  @Field()
  message!: string;

  @Field(() => String, { nullable: true, description: 'Input field the error is about, when there is one' })
  field?: string | null;
}

export function userError(code: string, message: string, field?: string): UserError {
  return Object.assign(new UserError(), { code, message, field: field ?? null });
}
