import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** The policy service's Policy, extended by this subgraph with its contributions and balance (the gateway asks `_entities` here). */
@ObjectType('Policy')
@Directive('@key(fields: "id")')
export class PolicyContributionsModel {
  @Field(() => ID)
  id!: string;
}
