import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Connection, LocalDateScalar, MutationInput, UserError } from '@imis/graphql';
import { VersionedModel } from './versioned.model';

@ObjectType({ isAbstract: true })
abstract class ClaimAdminFieldsModel extends VersionedModel {
  @Field({ description: 'Unique among current claim administrators (at most 8 characters)' })
  code!: string;

  @Field()
  lastName!: string;

  @Field()
  otherNames!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  birthDate!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => ID, { description: 'The health facility whose claims it administers' })
  healthFacilityId!: string;

  @Field(() => ID, { nullable: true, description: 'The user the claim administrator signs in as' })
  userId!: string | null;
}

@ObjectType('ClaimAdministrator', { description: 'A claim administrator of a health facility.' })
export class ClaimAdminModel extends ClaimAdminFieldsModel {
  @Field(() => ID)
  id!: string;
}

@ObjectType('ClaimAdministratorVersion', { description: 'A past version of a claim administrator, as it was until `validTo`.' })
export class ClaimAdminVersionModel extends ClaimAdminFieldsModel {
  @Field(() => ID)
  id!: string;

  @Field()
  validTo!: Date;

  @Field()
  replacedBy!: string;
}

@ObjectType('ClaimAdministratorConnection')
export class ClaimAdminConnection extends Connection(ClaimAdminModel, 'ClaimAdministrator') {}

@ObjectType('ClaimAdministratorPayload', { description: 'Result of a claim administrator mutation, or why it was refused.' })
export class ClaimAdminPayload {
  @Field(() => ClaimAdminModel, { nullable: true })
  claimAdministrator!: ClaimAdminModel | null;

  @Field(() => [UserError], { description: 'Empty on success; nothing was changed when not empty' })
  errors!: UserError[];

  @Field(() => String, { nullable: true })
  clientMutationId!: string | null;
}

@InputType('ClaimAdministratorFilterInput', { description: 'Every given criterion must match; current claim administrators inside your scope only.' })
export class ClaimAdminFilterInput {
  @Field(() => String, { nullable: true, description: 'Exact code' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the last or other names, ignoring case' })
  name?: string | null;

  @Field(() => ID, { nullable: true })
  healthFacilityId?: string | null;
}

@InputType({ isAbstract: true })
abstract class ClaimAdminFieldsInput extends MutationInput {
  @Field({ description: 'At most 8 characters, unique among current claim administrators' })
  code!: string;

  @Field()
  lastName!: string;

  @Field()
  otherNames!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  birthDate?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => ID, { description: 'A current health facility inside your scope' })
  healthFacilityId!: string;

  @Field(() => ID, { nullable: true, description: 'A current user: the claim administrator signs in as this user' })
  userId?: string | null;
}

@InputType('CreateClaimAdministratorInput')
export class CreateClaimAdminInput extends ClaimAdminFieldsInput {
  @Field(() => ID, { nullable: true, description: 'A UUID chosen by the client; generated when not given' })
  id?: string | null;
}

@InputType('UpdateClaimAdministratorInput', { description: 'Replaces every field (an omitted optional field is cleared).' })
export class UpdateClaimAdminInput extends ClaimAdminFieldsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read: refused with VERSION_CONFLICT if it changed since' })
  version?: number | null;
}

@InputType('DeleteClaimAdministratorInput')
export class DeleteClaimAdminInput extends MutationInput {
  @Field(() => ID)
  id!: string;
}
