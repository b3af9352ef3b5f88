import { Field, ID, InputType } from '@nestjs/graphql';
import { MutationInput } from '../../../shared/api/mutation.input';

@InputType()
export class DeleteHealthFacilityInput extends MutationInput {
  @Field(() => ID)
  id!: string;
}
