import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LocalDateScalar, MutationInput } from '@imis/graphql';
import { InsureeDetailsInput, NewInsureeFieldsInput } from './insuree-details.input';
import { InsureeStatus } from './insuree-status.enum';
import { lookupDescription } from './lookup-description';

@InputType('NewHeadInsureeInput', { description: "The head of a new family (the family's village is the head's too)" })
export class NewHeadInsureeInput extends NewInsureeFieldsInput {}

@InputType('CreateInsureeInput')
export class CreateInsureeInput extends NewInsureeFieldsInput {
  @Field(() => ID, { description: 'The family the insuree joins' })
  familyId!: string;
}

@InputType('UpdateInsureeInput', { description: 'Fields not sent keep their value; null clears an optional field' })
export class UpdateInsureeInput extends InsureeDetailsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read: refused with VERSION_CONFLICT if it changed since' })
  version?: number | null;

  @Field(() => String, { nullable: true })
  insuranceNumber?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => String, { nullable: true })
  otherNames?: string | null;

  @Field(() => String, { nullable: true, description: lookupDescription('gender') })
  gender?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  birthDate?: string | null;
}

@InputType('ChangeInsureeStatusInput')
export class ChangeInsureeStatusInput extends MutationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => InsureeStatus)
  status!: InsureeStatus;

  @Field(() => String, { nullable: true, description: lookupDescription('statusReason', 'Of the same type (MOV, NOP, DUP, OTH for INACTIVE; DTH, OTH-D for DEAD), required for both') })
  reasonCode?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Defaults to today; never in the future' })
  date?: string | null;
}

@InputType('MoveInsureeInput')
export class MoveInsureeInput extends MutationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The family the insuree joins (a head cannot leave its family)' })
  familyId!: string;
}

@InputType('InsureeIdsInput')
export class InsureeIdsInput extends MutationInput {
  @Field(() => [ID])
  insureeIds!: string[];
}
