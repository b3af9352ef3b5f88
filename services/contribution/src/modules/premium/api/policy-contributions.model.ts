import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '@imis/graphql';
import { ContributionModel } from './contribution.model';

/**
 * Where a policy's contributions stand as this service knows them. (Meant as fields of the policy service's
 * Policy by federation once that subgraph declares Policy an entity: README.)
 */
@ObjectType('PolicyContributions')
export class PolicyContributionsModel {
  @Field(() => ID)
  policyId!: string;

  @Field(() => MoneyScalar, { description: 'Σ current non-photo contributions' })
  paidTotal!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'value − paidTotal; null when this service does not know the policy yet' })
  balance!: string | null;

  @Field(() => [ContributionModel], { description: 'Current contributions, in pay date order' })
  contributions!: ContributionModel[];
}
