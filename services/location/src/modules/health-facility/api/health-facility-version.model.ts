import { Field, ObjectType } from '@nestjs/graphql';
import { HealthFacilityFieldsModel } from './health-facility-fields.model';

@ObjectType('HealthFacilityVersion', { description: 'A past version of a health facility, as it was until `validTo`.' })
export class HealthFacilityVersionModel extends HealthFacilityFieldsModel {
  @Field({ description: 'When this version stopped being current' })
  validTo!: Date;

  @Field({ description: 'Who replaced this version' })
  replacedBy!: string;
}
