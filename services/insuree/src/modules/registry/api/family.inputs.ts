import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MutationInput } from '@imis/graphql';
import { NewHeadInsureeInput } from './insuree.inputs';
import { lookupDescription } from './lookup-description';

@InputType({ isAbstract: true })
abstract class FamilyDetailsInput extends MutationInput {
  @Field(() => Boolean, { nullable: true })
  poverty?: boolean | null;

  @Field(() => String, { nullable: true, description: lookupDescription('familyType') })
  familyType?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'One character, free (no code list)' })
  ethnicity?: string | null;

  @Field(() => String, { nullable: true })
  confirmationNumber?: string | null;

  @Field(() => String, { nullable: true, description: lookupDescription('confirmationType') })
  confirmationType?: string | null;
}

@InputType('CreateFamilyInput', { description: 'A family and its head: a new insuree (`head`) or an existing one without a family (`headInsureeId`)' })
export class CreateFamilyInput extends FamilyDetailsInput {
  @Field(() => ID, { nullable: true, description: 'A UUID chosen by the client (records created offline)' })
  id?: string | null;

  @Field(() => ID)
  villageId!: string;

  @Field(() => NewHeadInsureeInput, { nullable: true })
  head?: NewHeadInsureeInput | null;

  @Field(() => ID, { nullable: true })
  headInsureeId?: string | null;

  @Field(() => Boolean, { nullable: true })
  offline?: boolean | null;
}

@InputType('UpdateFamilyInput', { description: 'Fields not sent keep their value; a new village moves every member with the family' })
export class UpdateFamilyInput extends FamilyDetailsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read: refused with VERSION_CONFLICT if it changed since' })
  version?: number | null;

  @Field(() => ID, { nullable: true })
  villageId?: string | null;
}

@InputType('SetFamilyHeadInput')
export class SetFamilyHeadInput extends MutationInput {
  @Field(() => ID)
  familyId!: string;

  @Field(() => ID, { description: 'A member of the family' })
  insureeId!: string;
}

@InputType('DeleteFamilyInput')
export class DeleteFamilyInput extends MutationInput {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'true: delete the members too; false: they stay insurees without a family' })
  deleteMembers!: boolean;
}
