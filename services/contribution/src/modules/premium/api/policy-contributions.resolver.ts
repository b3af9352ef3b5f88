import { Context, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import type { ScopeFilter } from '@imis/auth';
import { CurrentUser, type RequestUser, RequireRights, Right } from '@imis/auth';
import { BatchLoader, MoneyScalar, perRequest, type GraphQLContext } from '@imis/graphql';
import { ContributionAccess } from '../application/contribution-access';
import { PremiumQueries, type PolicyStanding } from '../application/premium.queries';
import type { PremiumView } from '../application/premium.view';
import { ContributionModel } from './contribution.model';
import { toContributionModel } from './contribution.mapper';
import { PolicyContributionsModel } from './policy-contributions.model';

const LOADER = Symbol('policy-contributions-loader');

/** Per request: contributions and standings of every policy of a response, one query each level. */
class PolicyContributionsLoader {
  readonly contributions: BatchLoader<string, PremiumView[]>;
  readonly standings: BatchLoader<string, PolicyStanding | null>;

  constructor(queries: PremiumQueries, scope: () => Promise<ScopeFilter>) {
    this.contributions = new BatchLoader(async (ids) => queries.ofPolicies(ids, await scope()), []);
    this.standings = new BatchLoader((ids) => queries.standings(ids), null);
  }
}

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
  @ResolveField(() => [ContributionModel], { description: 'The policy’s current contributions, in pay date order (contribution service)' })
  async contributions(@Parent() policy: PolicyContributionsModel, @CurrentUser() user: RequestUser, @Context() context: GraphQLContext): Promise<ContributionModel[]> {
    return (await this.loader(user, context).contributions.load(policy.id)).map(toContributionModel);
  }

  @RequireRights(Right.ContributionSearch)
  @ResolveField(() => MoneyScalar, { nullable: true, description: 'value − paid total as the contribution service knows them; null when it does not know the policy yet' })
  async balance(@Parent() policy: PolicyContributionsModel, @CurrentUser() user: RequestUser, @Context() context: GraphQLContext): Promise<string | null> {
    const standing = await this.loader(user, context).standings.load(policy.id);
    return standing?.balance ?? null;
  }

  private loader(user: RequestUser, context: GraphQLContext): PolicyContributionsLoader {
    return perRequest(context, LOADER, () => new PolicyContributionsLoader(this.queries, () => this.access.scope(user)));
  }
}
