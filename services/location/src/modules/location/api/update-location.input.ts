import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MutationInput } from '@imis/graphql';

@InputType({ description: 'Only the fields sent change; send null to clear an optional one. Use moveLocation to re-parent.' })
export class UpdateLocationInput extends MutationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Int, { nullable: true })
  malePopulation?: number | null;

  @Field(() => Int, { nullable: true })
  femalePopulation?: number | null;

  @Field(() => Int, { nullable: true })
  otherPopulation?: number | null;

  @Field(() => Int, { nullable: true })
  families?: number | null;
}
