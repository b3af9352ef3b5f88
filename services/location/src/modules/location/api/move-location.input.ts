import { Field, ID, InputType } from '@nestjs/graphql';
import { MutationInput } from '@imis/graphql';

@InputType({ description: 'The new parent must be of the level directly above the moved location; its subtree follows.' })
export class MoveLocationInput extends MutationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  newParentId!: string;
}
