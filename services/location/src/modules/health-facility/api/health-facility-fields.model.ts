import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@imis/graphql';
import { CareType, HealthFacilityLevel, HealthFacilityStatus, HealthFacilitySubLevel, LegalForm } from './health-facility.enums';

/** Fields shared by a health facility and each of its past versions. */
@ObjectType({ isAbstract: true })
export abstract class HealthFacilityFieldsModel {
  @Field({ description: 'Business code, unique among current health facilities (at most 8 characters)' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => LegalForm)
  legalForm!: LegalForm;

  @Field()
  legalFormCode!: string;

  @Field(() => HealthFacilityLevel)
  level!: HealthFacilityLevel;

  @Field()
  levelCode!: string;

  @Field(() => HealthFacilitySubLevel, { nullable: true })
  subLevel!: HealthFacilitySubLevel | null;

  @Field(() => String, { nullable: true })
  subLevelCode!: string | null;

  @Field(() => CareType)
  careType!: CareType;

  @Field()
  careTypeCode!: string;

  @Field(() => ID, { description: 'The district the facility is in' })
  districtId!: string;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  fax!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  accountingCode!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  contractStartDate!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  contractEndDate!: string | null;

  @Field(() => HealthFacilityStatus)
  status!: HealthFacilityStatus;

  @Field()
  statusCode!: string;

  @Field({ description: 'Works offline (syncs later)' })
  offline!: boolean;

  @Field(() => Int, { description: 'Version number, incremented by each change' })
  version!: number;

  @Field({ description: 'When this version became current' })
  validFrom!: Date;

  @Field({ description: 'Who made this version' })
  changedBy!: string;
}
