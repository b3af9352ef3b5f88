import { Field, Int, ObjectType } from '@nestjs/graphql';
import { MutationPayload, UserError } from '@imis/graphql';

@ObjectType('AuthenticationPayload', { description: 'Tokens of a session (login or refresh), or why there are none.' })
export class AuthenticationPayload {
  @Field(() => String, { nullable: true, description: 'Bearer token for every request; short-lived, carries the rights and scope' })
  accessToken!: string | null;

  @Field(() => String, { nullable: true, description: 'Exchanges once for new tokens (refreshToken mutation) before refreshExpiresAt' })
  refreshToken!: string | null;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true })
  refreshExpiresAt!: Date | null;

  @Field(() => [UserError], { description: 'Empty on success' })
  errors!: UserError[];

  @Field(() => String, { nullable: true })
  clientMutationId!: string | null;
}

@ObjectType('LogoutPayload')
export class LogoutPayload extends MutationPayload<boolean, 'loggedOut'>(Boolean, 'loggedOut', {
  nullable: false,
  description: 'True when the session was ended',
  errorsDescription: null,
}) {}

@ObjectType('ChangePasswordPayload')
export class ChangePasswordPayload extends MutationPayload<boolean, 'changed'>(Boolean, 'changed', {
  nullable: false,
  description: 'True when the password was changed (other sessions of the user are ended)',
  errorsDescription: null,
}) {}

@ObjectType('PasswordPolicy', { description: 'What a new password must meet (besides not containing the username nor being a common password)' })
export class PasswordPolicyModel {
  @Field(() => Int)
  minLength!: number;

  @Field(() => Int, { description: 'How many of lower case, upper case, digits and other characters it must mix' })
  minCharacterClasses!: number;
}
