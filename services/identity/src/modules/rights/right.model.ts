import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Right', { description: 'An openIMIS right: six digits, module then operation (e.g. 121101 search health facilities)' })
export class RightModel {
  @Field(() => Int)
  code!: number;

  @Field({ description: 'The module the right belongs to, e.g. health-facility' })
  module!: string;

  @Field()
  name!: string;
}
