import { Field, InputType } from '@nestjs/graphql';
import { MutationInput } from '@imis/graphql';

// login and refreshToken echo clientMutationId but never replay a result: tokens are never stored.

@InputType()
export class LoginInput extends MutationInput {
  @Field({ description: 'Case-insensitive' })
  username!: string;

  @Field()
  password!: string;
}

@InputType()
export class RefreshTokenInput extends MutationInput {
  @Field({ description: 'The refresh token of the last login or refresh; each one can be used once' })
  refreshToken!: string;
}

@InputType()
export class LogoutInput extends MutationInput {
  @Field({ description: "A refresh token of the caller's session to end (with every token of that session)" })
  refreshToken!: string;
}

@InputType()
export class ChangePasswordInput extends MutationInput {
  @Field()
  currentPassword!: string;

  @Field({ description: 'Must meet the password policy (query passwordPolicy) and differ from the current one' })
  newPassword!: string;
}
