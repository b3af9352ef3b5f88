import { Field, ObjectType } from '@nestjs/graphql';
import { UserError } from '@imis/graphql';
import { HealthFacilityModel } from './health-facility.model';

@ObjectType('HealthFacilityPayload', { description: 'Result of a health facility mutation: the facility, or why it was refused.' })
export class HealthFacilityPayload {
  @Field(() => HealthFacilityModel, { nullable: true, description: 'The facility after the change; null when refused' })
  healthFacility!: HealthFacilityModel | null;

  @Field(() => [UserError], { description: 'Empty on success; nothing was changed when not empty' })
  errors!: UserError[];

  @Field(() => String, { nullable: true })
  clientMutationId!: string | null;
}
