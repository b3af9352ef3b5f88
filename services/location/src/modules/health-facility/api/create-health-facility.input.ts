import { Field, ID, InputType } from '@nestjs/graphql';
import { LocalDateScalar, MutationInput } from '@imis/graphql';
import { CareType, HealthFacilityLevel, HealthFacilityStatus, HealthFacilitySubLevel, LegalForm } from './health-facility.enums';

@InputType()
export class CreateHealthFacilityInput extends MutationInput {
  @Field({ description: 'At most 8 characters, unique among current health facilities' })
  code!: string;

  @Field({ description: 'At most 100 characters' })
  name!: string;

  @Field(() => LegalForm)
  legalForm!: LegalForm;

  @Field(() => HealthFacilityLevel)
  level!: HealthFacilityLevel;

  @Field(() => HealthFacilitySubLevel, { nullable: true })
  subLevel?: HealthFacilitySubLevel | null;

  @Field(() => CareType)
  careType!: CareType;

  @Field(() => ID, { description: 'A current district' })
  districtId!: string;

  @Field(() => String, { nullable: true, description: 'At most 100 characters' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 50 characters' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 50 characters' })
  fax?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 50 characters' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 25 characters' })
  accountingCode?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Given together with contractEndDate' })
  contractStartDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'After contractStartDate' })
  contractEndDate?: string | null;

  @Field(() => HealthFacilityStatus, { nullable: true, description: 'ACTIVE when not given' })
  status?: HealthFacilityStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'false when not given' })
  offline?: boolean | null;
}
