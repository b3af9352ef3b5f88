import { Field, ID, InputType, Int, ObjectType, PartialType } from '@nestjs/graphql';
import { Connection, LocalDateScalar, MutationInput, MutationPayload, VersionOf } from '@imis/graphql';
import { StaffMemberFieldsInput, StaffMemberFieldsModel, StaffMemberFilterInput } from './staff-member.models';

@ObjectType({ isAbstract: true })
abstract class OfficerFieldsModel extends StaffMemberFieldsModel('Unique among current enrolment officers (at most 8 characters)') {
  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => [ID], { description: 'Villages the officer works in' })
  villageIds!: string[];

  @Field(() => ID, { nullable: true, description: 'The officer who takes over its work' })
  substitutionOfficerId!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  worksTo!: string | null;

  @Field()
  phoneCommunication!: boolean;

  @Field(() => ID, { nullable: true, description: 'The user the officer signs in as' })
  userId!: string | null;

  @Field(() => ID)
  id!: string;
}

@ObjectType('EnrolmentOfficer', { description: 'An enrolment officer, working in villages.' })
export class OfficerModel extends OfficerFieldsModel {}

@ObjectType('EnrolmentOfficerVersion', { description: 'A past version of an enrolment officer, as it was until `validTo`.' })
export class OfficerVersionModel extends VersionOf(OfficerFieldsModel) {}

@ObjectType('EnrolmentOfficerConnection')
export class OfficerConnection extends Connection(OfficerModel, 'EnrolmentOfficer') {}

@ObjectType('EnrolmentOfficerPayload', { description: 'Result of an enrolment officer mutation: the officer, or why it was refused.' })
export class OfficerPayload extends MutationPayload(OfficerModel, 'enrolmentOfficer') {}

@InputType('EnrolmentOfficerFilterInput', { description: 'Every given criterion must match; current officers inside your scope only.' })
export class OfficerFilterInput extends StaffMemberFilterInput {
  @Field(() => ID, { nullable: true, description: 'Works in this village' })
  villageId?: string | null;
}

@InputType({ isAbstract: true })
class OfficerFieldsInput extends StaffMemberFieldsInput('At most 8 characters, unique among current officers') {
  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Current villages inside your scope' })
  villageIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'A current officer; the chain of substitutes must not come back to this one' })
  substitutionOfficerId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  worksTo?: string | null;

  @Field(() => Boolean, { nullable: true })
  phoneCommunication?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'A current user: the officer signs in as this user' })
  userId?: string | null;
}

@InputType('CreateEnrolmentOfficerInput')
export class CreateOfficerInput extends OfficerFieldsInput {
  @Field(() => ID, { nullable: true, description: 'A UUID chosen by the client; generated when not given' })
  id?: string | null;
}

@InputType('UpdateEnrolmentOfficerInput', { description: 'Changes only the fields sent: an absent field is unchanged, a field sent as null is cleared (a required one is refused).' })
export class UpdateOfficerInput extends PartialType(OfficerFieldsInput, InputType) {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read: refused with VERSION_CONFLICT if it changed since' })
  version?: number | null;
}

@InputType('DeleteEnrolmentOfficerInput')
export class DeleteOfficerInput extends MutationInput {
  @Field(() => ID)
  id!: string;
}
