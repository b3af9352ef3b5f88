import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocationType } from './location-type.enum';

/** Fields shared by a location and each of its past versions. */
@ObjectType({ isAbstract: true })
export abstract class LocationFieldsModel {
  @Field({ description: 'Business code, unique among current locations (at most 8 characters)' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => LocationType)
  type!: LocationType;

  @Field({ description: 'openIMIS code of the type: R, D, W or V' })
  typeCode!: string;

  @Field(() => ID, { nullable: true, description: 'The parent location (none for a region)' })
  parentId!: string | null;

  @Field(() => Int, { nullable: true })
  malePopulation!: number | null;

  @Field(() => Int, { nullable: true })
  femalePopulation!: number | null;

  @Field(() => Int, { nullable: true })
  otherPopulation!: number | null;

  @Field(() => Int, { nullable: true, description: 'Number of families' })
  families!: number | null;

  @Field(() => Int, { description: 'Version number, incremented by each change' })
  version!: number;

  @Field({ description: 'When this version became current' })
  validFrom!: Date;

  @Field({ description: 'Who made this version' })
  changedBy!: string;
}
