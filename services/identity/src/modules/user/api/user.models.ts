import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, LocalDateScalar, MutationPayload, VersionOf } from '@imis/graphql';
import { VersionedModel } from './versioned.model';

@ObjectType({ isAbstract: true })
abstract class UserFieldsModel extends VersionedModel {
  @Field({ description: 'Unique among current users, ignoring case (at most 50 characters)' })
  username!: string;

  @Field()
  lastName!: string;

  @Field()
  otherNames!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field({ description: 'en or fr' })
  language!: string;

  @Field(() => LocalDateScalar, { description: 'First day the user may sign in' })
  activeFrom!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day the user may sign in; null: no end' })
  activeTo!: string | null;

  @Field(() => [ID])
  roleIds!: string[];

  @Field(() => [ID], { description: 'Districts the user works in: its location scope' })
  districtIds!: string[];

  @Field(() => ID, { nullable: true })
  healthFacilityId!: string | null;

  @Field(() => ID)
  id!: string;
}

@ObjectType('User', { description: 'A person who signs in to IMIS (no password data is ever exposed).' })
export class UserModel extends UserFieldsModel {}

@ObjectType('UserVersion', { description: 'A past version of a user, as it was until `validTo`.' })
export class UserVersionModel extends VersionOf(UserFieldsModel) {}

@ObjectType('UserConnection')
export class UserConnection extends Connection(UserModel, 'User') {}

@ObjectType('UserPayload', { description: 'Result of a user mutation: the user, or why it was refused.' })
export class UserPayload extends MutationPayload(UserModel, 'user', { description: 'The user after the change; null when refused' }) {}
