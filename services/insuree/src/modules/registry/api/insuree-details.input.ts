import { Field, ID, InputType } from '@nestjs/graphql';
import { LocalDateScalar, MutationInput } from '@imis/graphql';
import { lookupDescription } from './lookup-description';

/** The optional details of an insuree, shared by create and update inputs. Lookup fields take codes. */
@InputType({ isAbstract: true })
export abstract class InsureeDetailsInput extends MutationInput {
  @Field(() => String, { nullable: true, description: lookupDescription('maritalStatus') })
  maritalStatus?: string | null;

  @Field(() => String, { nullable: true, description: lookupDescription('relationship') })
  relationship?: string | null;

  @Field(() => String, { nullable: true, description: lookupDescription('profession') })
  profession?: string | null;

  @Field(() => String, { nullable: true, description: lookupDescription('education') })
  education?: string | null;

  @Field(() => String, { nullable: true, description: lookupDescription('identificationType') })
  identificationType?: string | null;

  @Field(() => String, { nullable: true })
  identificationNumber?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  currentAddress?: string | null;

  @Field(() => String, { nullable: true })
  geolocation?: string | null;

  @Field(() => ID, { nullable: true })
  currentVillageId?: string | null;

  @Field(() => ID, { nullable: true, description: 'First point of service' })
  healthFacilityId?: string | null;

  @Field(() => Boolean, { nullable: true })
  cardIssued?: boolean | null;
}

/** A new insuree: the required fields plus the details; `id` may be chosen by an offline client. */
@InputType({ isAbstract: true })
export abstract class NewInsureeFieldsInput extends InsureeDetailsInput {
  @Field(() => ID, { nullable: true, description: 'A UUID chosen by the client (records created offline); the server picks one when absent' })
  id?: string | null;

  @Field()
  insuranceNumber!: string;

  @Field()
  lastName!: string;

  @Field()
  otherNames!: string;

  @Field({ description: lookupDescription('gender') })
  gender!: string;

  @Field(() => LocalDateScalar)
  birthDate!: string;

  @Field(() => Boolean, { nullable: true, description: 'Created on a device while offline' })
  offline?: boolean | null;
}
