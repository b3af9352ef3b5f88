import { Field, ID, InputType } from '@nestjs/graphql';
import { CareType, HealthFacilityLevel } from './health-facility.enums';

@InputType({ description: 'Every given criterion must match; current health facilities only.' })
export class HealthFacilityFilterInput {
  @Field(() => String, { nullable: true, description: 'Exact code' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, ignoring case' })
  name?: string | null;

  @Field(() => HealthFacilityLevel, { nullable: true })
  level?: HealthFacilityLevel | null;

  @Field(() => ID, { nullable: true })
  districtId?: string | null;

  @Field(() => CareType, { nullable: true })
  careType?: CareType | null;
}
