import { Field, ID, InputType, Int, ObjectType, PartialType } from '@nestjs/graphql';
import { Connection, MutationInput, MutationPayload, VersionOf } from '@imis/graphql';
import { StaffMemberFieldsInput, StaffMemberFieldsModel, StaffMemberFilterInput } from './staff-member.models';

@ObjectType({ isAbstract: true })
abstract class ClaimAdminFieldsModel extends StaffMemberFieldsModel('Unique among current claim administrators (at most 8 characters)') {
  @Field(() => ID, { description: 'The health facility whose claims it administers' })
  healthFacilityId!: string;

  @Field(() => ID, { nullable: true, description: 'The user the claim administrator signs in as' })
  userId!: string | null;

  @Field(() => ID)
  id!: string;
}

@ObjectType('ClaimAdministrator', { description: 'A claim administrator of a health facility.' })
export class ClaimAdminModel extends ClaimAdminFieldsModel {}

@ObjectType('ClaimAdministratorVersion', { description: 'A past version of a claim administrator, as it was until `validTo`.' })
export class ClaimAdminVersionModel extends VersionOf(ClaimAdminFieldsModel) {}

@ObjectType('ClaimAdministratorConnection')
export class ClaimAdminConnection extends Connection(ClaimAdminModel, 'ClaimAdministrator') {}

@ObjectType('ClaimAdministratorPayload', { description: 'Result of a claim administrator mutation, or why it was refused.' })
export class ClaimAdminPayload extends MutationPayload(ClaimAdminModel, 'claimAdministrator') {}

@InputType('ClaimAdministratorFilterInput', { description: 'Every given criterion must match; current claim administrators inside your scope only.' })
export class ClaimAdminFilterInput extends StaffMemberFilterInput {
  @Field(() => ID, { nullable: true })
  healthFacilityId?: string | null;
}

@InputType({ isAbstract: true })
class ClaimAdminFieldsInput extends StaffMemberFieldsInput('At most 8 characters, unique among current claim administrators') {
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

@InputType('UpdateClaimAdministratorInput', { description: 'Changes only the fields sent: an absent field is unchanged, a field sent as null is cleared (a required one is refused).' })
export class UpdateClaimAdminInput extends PartialType(ClaimAdminFieldsInput, InputType) {
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
