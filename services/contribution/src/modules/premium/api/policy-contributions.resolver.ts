import { Context, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { CurrentUser, type RequestUser, RequireRights, Right } from '@imis/auth';
import { BatchLoader, MoneyScalar, perRequest, type GraphQLContext } from '@imis/graphql';
import { ContributionAccess } from '../application/contribution-access';
import { PremiumQueries } from '../application/premium.queries';
import type { PremiumView } from '../application/premium.view';
import { toContributionModel } from './contribution.mapper';
import { ContributionModel } from './contribution.model';
import { PolicyContributionsModel } from './policy-contributions.model';

const LOADERS = Symbol('policy-contributions-loaders');

interface Loaders {
  contributions: BatchLoader<string, PremiumView[]>;
  balances: BatchLoader<string, string | null>;
}

/** Policy.contributions and Policy.balance: each level of a response one batch (a page of policies: two statements each). */
@Resolver(() => PolicyContributionsModel)
export class PolicyContributionsResolver {
  constructor(
    private readonly queries: PremiumQueries,
    private readonly access: ContributionAccess,
  ) {}

  /** Federation `_entities`: the policy subgraph already applied the caller's scope to the policy itself. */
  @ResolveReference()
  resolveReference(@Parent() reference: { id: string }): PolicyContributionsModel {
    return Object.assign(new PolicyContributionsModel(), { id: reference.id });
  }

  @RequireRights(Right.ContributionSearch)
  @ResolveField(() => [ContributionModel], { description: 'Current contributions to the policy, in pay date order (contribution service)' })
  async contributions(@Parent() policy: PolicyContributionsModel, @CurrentUser() user: RequestUser, @Context() context: GraphQLContext): Promise<ContributionModel[]> {
    return (await this.loaders(user, context).contributions.load(policy.id)).map(toContributionModel);
  }

  @RequireRights(Right.ContributionSearch)
  @ResolveField(() => MoneyScalar, { nullable: true, description: 'value − contributions (photo fees excluded) as the contribution service knows them; null while it does not know the policy' })
  async balance(@Parent() policy: PolicyContributionsModel, @CurrentUser() user: RequestUser, @Context() context: GraphQLContext): Promise<string | null> {
    return this.loaders(user, context).balances.load(policy.id);
  }

  private loaders(user: RequestUser, context: GraphQLContext): Loaders {
    return perRequest(context, LOADERS, () => ({
      contributions: new BatchLoader(async (ids) => this.queries.ofPolicies(ids, await this.access.scope(user)), []),
      balances: new BatchLoader(async (ids) => {
        const visible = await this.queries.policiesIn(ids, await this.access.scope(user));
        const standings = await this.queries.standings(visible);
        return new Map(visible.map((id) => [id, standings.get(id)?.balance ?? null]));
      }, null),
    }));
  }
}
