import { Field, ID, InputType } from '@nestjs/graphql';
import { MutationInput } from '@imis/graphql';

@InputType()
export class DeleteHealthFacilityInput extends MutationInput {
  @Field(() => ID)
  id!: string;
}
