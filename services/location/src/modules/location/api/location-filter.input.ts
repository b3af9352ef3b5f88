import { Field, ID, InputType } from '@nestjs/graphql';
import { LocationType } from './location-type.enum';

@InputType({ description: 'Every given criterion must match; current locations only.' })
export class LocationFilterInput {
  @Field(() => LocationType, { nullable: true })
  type?: LocationType | null;

  @Field(() => ID, { nullable: true, description: 'Direct children of this location' })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Anywhere below this location (its whole subtree)' })
  ancestorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact code' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, ignoring case' })
  name?: string | null;
}
