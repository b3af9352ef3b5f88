import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@imis/graphql';
import { InsureeStatus } from './insuree-status.enum';
import { lookupCodesDescription } from './lookup-description';

/** Fields shared by an insuree and each of its past versions. Lookup fields hold codes (see `lookups`). */
@ObjectType({ isAbstract: true })
export abstract class InsureeFieldsModel {
  @Field({ description: 'Unique among current insurees; checked by the scheme’s rule (insuranceNumberValidity)' })
  insuranceNumber!: string;

  @Field()
  lastName!: string;

  @Field()
  otherNames!: string;

  @Field({ description: lookupCodesDescription('gender') })
  gender!: string;

  @Field(() => LocalDateScalar)
  birthDate!: string;

  @Field(() => String, { nullable: true, description: lookupCodesDescription('maritalStatus') })
  maritalStatus!: string | null;

  @Field(() => String, { nullable: true, description: lookupCodesDescription('relationship', 'To the head') })
  relationship!: string | null;

  @Field(() => String, { nullable: true, description: lookupCodesDescription('profession') })
  profession!: string | null;

  @Field(() => String, { nullable: true, description: lookupCodesDescription('education') })
  education!: string | null;

  @Field(() => String, { nullable: true, description: lookupCodesDescription('identificationType') })
  identificationType!: string | null;

  @Field(() => String, { nullable: true })
  identificationNumber!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  currentAddress!: string | null;

  @Field(() => String, { nullable: true })
  geolocation!: string | null;

  @Field(() => ID, { nullable: true, description: "Where the insuree lives when not in its family's village" })
  currentVillageId!: string | null;

  @Field(() => ID, { nullable: true, description: 'First point of service (a health facility)' })
  healthFacilityId!: string | null;

  @Field()
  cardIssued!: boolean;

  @Field(() => ID, { nullable: true })
  familyId!: string | null;

  @Field()
  isHead!: boolean;

  @Field(() => InsureeStatus)
  status!: InsureeStatus;

  @Field()
  statusCode!: string;

  @Field(() => String, { nullable: true, description: lookupCodesDescription('statusReason', 'Typed IN or DE') })
  statusReason!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  statusDate!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the current photo was taken' })
  photoDate!: string | null;

  @Field({ description: 'Created on a device while offline' })
  offline!: boolean;

  @Field(() => Int)
  version!: number;

  @Field({ description: 'When this version became current' })
  validFrom!: Date;

  @Field({ description: 'Who made this version (user id)' })
  changedBy!: string;
}
