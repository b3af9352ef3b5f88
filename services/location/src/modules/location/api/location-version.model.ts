import { Field, ObjectType } from '@nestjs/graphql';
import { LocationFieldsModel } from './location-fields.model';

@ObjectType('LocationVersion', { description: 'A past version of a location, as it was until `validTo`.' })
export class LocationVersionModel extends LocationFieldsModel {
  @Field({ description: 'When this version stopped being current' })
  validTo!: Date;

  @Field({ description: 'Who replaced this version' })
  replacedBy!: string;
}
