import { Field, ID, InputType } from '@nestjs/graphql';
import { MutationInput } from '@imis/graphql';

@InputType()
export class DeleteLocationInput extends MutationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Required when the location has current children: they move under this location (same level as the deleted one)',
  })
  newParentId?: string | null;
}
