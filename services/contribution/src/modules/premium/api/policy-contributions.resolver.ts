import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type RequestUser, RequireRights, Right } from '@imis/auth';
import { ContributionAccess } from '../application/contribution-access';
import { PremiumQueries } from '../application/premium.queries';
import { toContributionModel } from './contribution.mapper';
import { PolicyContributionsModel } from './policy-contributions.model';

@Resolver(() => PolicyContributionsModel)
export class PolicyContributionsResolver {
  constructor(
    private readonly queries: PremiumQueries,
    private readonly access: ContributionAccess,
  ) {}

  @RequireRights(Right.ContributionSearch)
  @Query(() => [PolicyContributionsModel], {
    description: 'Paid total, balance and contributions of these policies (at most 100), those of families in your data scope only: three queries whatever their number',
  })
  async policyContributions(@CurrentUser() user: RequestUser, @Args('policyIds', { type: () => [ID] }) policyIds: string[]): Promise<PolicyContributionsModel[]> {
    const scope = await this.access.scope(user);
    const ids = await this.queries.policiesIn(policyIds.slice(0, 100), scope);
    const [standings, contributions] = await Promise.all([this.queries.standings(ids), this.queries.ofPolicies(ids, scope)]);
    return ids.map((policyId) =>
      Object.assign(new PolicyContributionsModel(), {
        policyId,
        paidTotal: standings.get(policyId)?.paidTotal ?? '0.00',
        balance: standings.get(policyId)?.balance ?? null,
        contributions: (contributions.get(policyId) ?? []).map(toContributionModel),
      }),
    );
  }
}
