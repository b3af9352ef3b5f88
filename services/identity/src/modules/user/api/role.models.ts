import { Field, ID, InputType, Int, ObjectType, PartialType } from '@nestjs/graphql';
import { Connection, MutationInput, MutationPayload, VersionOf } from '@imis/graphql';
import { VersionedModel } from './versioned.model';

@ObjectType({ isAbstract: true })
abstract class RoleFieldsModel extends VersionedModel {
  @Field({ description: 'Unique among current roles, ignoring case (at most 50 characters)' })
  name!: string;

  @Field(() => Int, { description: 'openIMIS system role bit (64 = IMIS Administrator); 0 for a custom role' })
  systemBits!: number;

  @Field({ description: 'A system role (seeded, cannot be deleted)' })
  isSystem!: boolean;

  @Field({ description: 'A blocked role grants nothing' })
  blocked!: boolean;

  @Field(() => String, { nullable: true, description: 'Name in the alternative language' })
  altLanguage!: string | null;

  @Field(() => [Int], { description: 'Right codes granted, ascending' })
  rights!: number[];

  @Field(() => ID)
  id!: string;
}

@ObjectType('Role', { description: 'A named set of rights granted to users.' })
export class RoleModel extends RoleFieldsModel {}

@ObjectType('RoleVersion', { description: 'A past version of a role, as it was until `validTo`.' })
export class RoleVersionModel extends VersionOf(RoleFieldsModel) {}

@ObjectType('RoleConnection')
export class RoleConnection extends Connection(RoleModel, 'Role') {}

@ObjectType('RolePayload', { description: 'Result of a role mutation: the role, or why it was refused.' })
export class RolePayload extends MutationPayload(RoleModel, 'role') {}

@InputType({ description: 'Every given criterion must match; current roles only.' })
export class RoleFilterInput {
  @Field(() => String, { nullable: true, description: 'Part of the name, ignoring case' })
  name?: string | null;

  @Field(() => Boolean, { nullable: true })
  isSystem?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  blocked?: boolean | null;
}

@InputType({ isAbstract: true })
class RoleFieldsInput extends MutationInput {
  @Field({ description: 'At most 50 characters, unique among current roles ignoring case' })
  name!: string;

  @Field(() => [Int], { description: 'Codes of the rights catalogue (the `rights` query)' })
  rights!: number[];

  @Field(() => Boolean, { nullable: true, description: 'false when not given' })
  blocked?: boolean | null;

  @Field(() => String, { nullable: true })
  altLanguage?: string | null;
}

@InputType()
export class CreateRoleInput extends RoleFieldsInput {}

@InputType({ description: 'Changes only the fields sent: an absent field is unchanged, a field sent as null is cleared (a required one is refused).' })
export class UpdateRoleInput extends PartialType(RoleFieldsInput, InputType) {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read: refused with VERSION_CONFLICT if it changed since' })
  version?: number | null;
}

@InputType()
export class DeleteRoleInput extends MutationInput {
  @Field(() => ID)
  id!: string;
}

@InputType()
export class DuplicateRoleInput extends MutationInput {
  @Field(() => ID, { description: 'The role to copy' })
  id!: string;

  @Field({ description: 'Name of the copy, unique among current roles ignoring case' })
  name!: string;
}
