import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, LocalDateScalar, UserError } from '@imis/graphql';
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
}

@ObjectType('User', { description: 'A person who signs in to IMIS (no password data is ever exposed).' })
export class UserModel extends UserFieldsModel {
  @Field(() => ID)
  id!: string;
}

@ObjectType('UserVersion', { description: 'A past version of a user, as it was until `validTo`.' })
export class UserVersionModel extends UserFieldsModel {
  @Field(() => ID)
  id!: string;

  @Field()
  validTo!: Date;

  @Field()
  replacedBy!: string;
}

@ObjectType('UserConnection')
export class UserConnection extends Connection(UserModel, 'User') {}

@ObjectType('UserPayload', { description: 'Result of a user mutation: the user, or why it was refused.' })
export class UserPayload {
  @Field(() => UserModel, { nullable: true, description: 'The user after the change; null when refused' })
  user!: UserModel | null;

  @Field(() => [UserError], { description: 'Empty on success; nothing was changed when not empty' })
  errors!: UserError[];

  @Field(() => String, { nullable: true })
  clientMutationId!: string | null;
}
