import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Connection, LocalDateScalar, MutationInput, UserError } from '@imis/graphql';
import { VersionedModel } from './versioned.model';

@ObjectType({ isAbstract: true })
abstract class OfficerFieldsModel extends VersionedModel {
  @Field({ description: 'Unique among current enrolment officers (at most 8 characters)' })
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
}

@ObjectType('EnrolmentOfficer', { description: 'An enrolment officer, working in villages.' })
export class OfficerModel extends OfficerFieldsModel {
  @Field(() => ID)
  id!: string;
}

@ObjectType('EnrolmentOfficerVersion', { description: 'A past version of an enrolment officer, as it was until `validTo`.' })
export class OfficerVersionModel extends OfficerFieldsModel {
  @Field(() => ID)
  id!: string;

  @Field()
  validTo!: Date;

  @Field()
  replacedBy!: string;
}

@ObjectType('EnrolmentOfficerConnection')
export class OfficerConnection extends Connection(OfficerModel, 'EnrolmentOfficer') {}

@ObjectType('EnrolmentOfficerPayload', { description: 'Result of an enrolment officer mutation: the officer, or why it was refused.' })
export class OfficerPayload {
  @Field(() => OfficerModel, { nullable: true })
  enrolmentOfficer!: OfficerModel | null;

  @Field(() => [UserError], { description: 'Empty on success; nothing was changed when not empty' })
  errors!: UserError[];

  @Field(() => String, { nullable: true })
  clientMutationId!: string | null;
}

@InputType('EnrolmentOfficerFilterInput', { description: 'Every given criterion must match; current officers inside your scope only.' })
export class OfficerFilterInput {
  @Field(() => String, { nullable: true, description: 'Exact code' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the last or other names, ignoring case' })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'Works in this village' })
  villageId?: string | null;
}

@InputType({ isAbstract: true })
abstract class OfficerFieldsInput extends MutationInput {
  @Field({ description: 'At most 8 characters, unique among current officers' })
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

@InputType('UpdateEnrolmentOfficerInput', { description: 'Replaces every field (an omitted optional field is cleared).' })
export class UpdateOfficerInput extends OfficerFieldsInput {
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
