import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { HealthFacilityFieldsModel } from './health-facility-fields.model';

@ObjectType('HealthFacility', { description: 'A dispensary, health centre or hospital, in a district.' })
@Directive('@key(fields: "id")')
export class HealthFacilityModel extends HealthFacilityFieldsModel {
  @Field(() => ID)
  id!: string;
}
