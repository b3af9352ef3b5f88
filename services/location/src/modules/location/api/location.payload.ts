import { Field, ObjectType } from '@nestjs/graphql';
import { UserError } from '@imis/graphql';
import { LocationModel } from './location.model';

@ObjectType('LocationPayload', { description: 'Result of a location mutation: the location, or why it was refused.' })
export class LocationPayload {
  @Field(() => LocationModel, { nullable: true, description: 'The location after the change; null when refused' })
  location!: LocationModel | null;

  @Field(() => [UserError], { description: 'Empty on success; nothing was changed when not empty' })
  errors!: UserError[];

  @Field(() => String, { nullable: true })
  clientMutationId!: string | null;
}
