import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LocationType } from './location-type.enum';
import { MutationInput } from '@imis/graphql';

@InputType()
export class CreateLocationInput extends MutationInput {
  @Field({ description: 'At most 8 characters, unique among current locations' })
  code!: string;

  @Field({ description: 'At most 50 characters' })
  name!: string;

  @Field(() => LocationType)
  type!: LocationType;

  @Field(() => ID, { nullable: true, description: 'Required except for a region: a location of the level above' })
  parentId?: string | null;

  @Field(() => Int, { nullable: true })
  malePopulation?: number | null;

  @Field(() => Int, { nullable: true })
  femalePopulation?: number | null;

  @Field(() => Int, { nullable: true })
  otherPopulation?: number | null;

  @Field(() => Int, { nullable: true })
  families?: number | null;
}
