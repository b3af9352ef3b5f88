import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { LocalDateScalar, MutationInput } from '@imis/graphql';

@InputType({ description: 'Every given criterion must match; current users inside your scope only.' })
export class UserFilterInput {
  @Field(() => String, { nullable: true, description: 'Part of the username, ignoring case' })
  username?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the last or other names, ignoring case' })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'Holds this role' })
  roleId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Works in this district' })
  districtId?: string | null;
}

@InputType({ isAbstract: true })
class UserFieldsInput extends MutationInput {
  @Field({ description: 'At most 50 characters: letters, digits, ".", "_", "-", "@"; unique among current users, ignoring case' })
  username!: string;

  @Field({ description: 'At most 100 characters' })
  lastName!: string;

  @Field({ description: 'At most 100 characters' })
  otherNames!: string;

  @Field(() => String, { nullable: true, description: 'At most 200 characters' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 50 characters' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'en (default) or fr' })
  language?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Today when not given' })
  activeFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Not before activeFrom; null: no end' })
  activeTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Must meet the password policy; never stored in history, events or logs' })
  password?: string | null;

  @Field(() => [ID], { description: 'Current roles you may grant' })
  roleIds!: string[];

  @Field(() => [ID], { nullable: true, description: 'Current districts inside your scope' })
  districtIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  healthFacilityId?: string | null;
}

@InputType()
export class CreateUserInput extends UserFieldsInput {
  @Field(() => ID, { nullable: true, description: 'A UUID chosen by the client (offline creation); generated when not given' })
  id?: string | null;
}

@InputType({ description: 'Changes only the fields sent: an absent field is unchanged, a field sent as null is cleared (a required one is refused). The password changes only when given.' })
export class UpdateUserInput extends PartialType(UserFieldsInput, InputType) {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read: refused with VERSION_CONFLICT if it changed since' })
  version?: number | null;
}

@InputType()
export class DeleteUserInput extends MutationInput {
  @Field(() => ID)
  id!: string;
}
