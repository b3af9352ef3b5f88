import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Connection, graphqlEnumOf, MutationInput, MutationPayload } from '@imis/graphql';
import { PAYER_TYPES, type PayerType } from '../domain/payer-fields';

export const PayerTypeEnum = graphqlEnumOf('PayerType', PAYER_TYPES, {
  names: { C: 'COOPERATIVE', D: 'DONOR', G: 'GOVERNMENT', L: 'LOCAL_AUTHORITY', O: 'OTHER', P: 'PRIVATE_ORGANISATION' },
  description: 'openIMIS payer types C, D, G, L, O, P',
});

/** Fields shared by a payer and each of its past versions. */
@ObjectType({ isAbstract: true })
export abstract class PayerFieldsModel {
  @Field(() => ID)
  id!: string;

  @Field(() => PayerTypeEnum)
  type!: PayerType;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => ID, { nullable: true, description: 'A region or district; null: national' })
  locationId!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  fax!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => Int)
  version!: number;

  @Field({ description: 'Who made this version' })
  changedBy!: string;

  @Field({ description: 'When this version became current (ISO 8601)' })
  validFrom!: string;
}

@ObjectType('Payer', { description: 'Who pays premiums for others: a government, a donor, a cooperative…' })
export class PayerModel extends PayerFieldsModel {}

@ObjectType('PayerVersion', { description: 'A past version of a payer' })
export class PayerVersionModel extends PayerFieldsModel {
  @Field({ description: 'When it stopped being current (ISO 8601)' })
  validTo!: string;

  @Field({ description: 'Who replaced this version' })
  replacedBy!: string;
}

@ObjectType('PayerConnection')
export class PayerConnection extends Connection(PayerModel, 'Payer') {}

@ObjectType('PayerPayload', { description: 'Result of a payer mutation: the payer, or why it was refused.' })
export class PayerPayload extends MutationPayload(PayerModel, 'payer', { description: 'The payer after the change; null when refused' }) {}

@InputType()
export class CreatePayerInput extends MutationInput {
  @Field(() => PayerTypeEnum)
  type!: PayerType;

  @Field({ description: 'At most 100 characters' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'At most 100 characters' })
  address?: string | null;

  @Field(() => ID, { nullable: true, description: 'A region or district in your data scope; absent or null: national (unrestricted scope only)' })
  locationId?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 50 characters' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 50 characters' })
  fax?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 100 characters' })
  email?: string | null;
}

@InputType()
export class UpdatePayerInput extends MutationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read: refused with VERSION_CONFLICT if the payer changed since' })
  version?: number | null;

  @Field(() => PayerTypeEnum, { nullable: true, description: 'Absent: unchanged' })
  type?: PayerType;

  @Field(() => String, { nullable: true, description: 'Absent: unchanged' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'Absent: unchanged; null: none' })
  address?: string | null;

  @Field(() => ID, { nullable: true, description: 'Absent: unchanged; null: national' })
  locationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Absent: unchanged; null: none' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Absent: unchanged; null: none' })
  fax?: string | null;

  @Field(() => String, { nullable: true, description: 'Absent: unchanged; null: none' })
  email?: string | null;
}

@InputType()
export class PayerRefInput extends MutationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read: refused with VERSION_CONFLICT if the payer changed since' })
  version?: number | null;
}

@InputType({ description: 'Every given criterion must match; current payers you may see only.' })
export class PayerFilterInput {
  @Field(() => PayerTypeEnum, { nullable: true })
  type?: PayerType | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, any case' })
  name?: string | null;

  @Field(() => ID, { nullable: true })
  locationId?: string | null;
}
