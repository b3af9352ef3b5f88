import { Field, ID, InputType } from '@nestjs/graphql';
import { LocalDateScalar, MutationInput } from '@imis/graphql';
import { CareType, HealthFacilityLevel, HealthFacilityStatus, HealthFacilitySubLevel, LegalForm } from './health-facility.enums';

@InputType({ description: 'Only the fields sent change; send null to clear an optional one.' })
export class UpdateHealthFacilityInput extends MutationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => LegalForm, { nullable: true })
  legalForm?: LegalForm | null;

  @Field(() => HealthFacilityLevel, { nullable: true })
  level?: HealthFacilityLevel | null;

  @Field(() => HealthFacilitySubLevel, { nullable: true })
  subLevel?: HealthFacilitySubLevel | null;

  @Field(() => CareType, { nullable: true })
  careType?: CareType | null;

  @Field(() => ID, { nullable: true, description: 'Moves the facility to another current district' })
  districtId?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  fax?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  accountingCode?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  contractStartDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  contractEndDate?: string | null;

  @Field(() => HealthFacilityStatus, { nullable: true })
  status?: HealthFacilityStatus | null;

  @Field(() => Boolean, { nullable: true })
  offline?: boolean | null;
}
