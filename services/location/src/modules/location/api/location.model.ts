import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { LocationFieldsModel } from './location-fields.model';

@ObjectType('Location', { description: 'A region, district, ward or village of the scheme.' })
@Directive('@key(fields: "id")')
export class LocationModel extends LocationFieldsModel {
  @Field(() => ID)
  id!: string;

  @Field(() => [ID], { description: 'Ancestors, the region first, excluding the location itself' })
  ancestorIds!: string[];
}
