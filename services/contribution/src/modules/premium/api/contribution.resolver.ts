import { EntityManager } from '@mikro-orm/postgresql';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { runUseCase, type CommandResult } from '@imis/application';
import { CurrentUser, type RequestUser, RequireRights, Right } from '@imis/auth';
import { ConnectionArgs, pageOf, toConnection } from '@imis/graphql';
import { AddContribution } from '../application/add-contribution.command';
import { ContributionAccess } from '../application/contribution-access';
import { DeleteContribution } from '../application/delete-contribution.command';
import type { PremiumChange } from '../application/premium-book';
import { PremiumQueries } from '../application/premium.queries';
import { UpdateContribution } from '../application/update-contribution.command';
import { ContributionConnection, ContributionModel, ContributionPayload, ContributionVersionModel } from './contribution.model';
import { toContributionModel } from './contribution.mapper';
import { AddContributionInput, ContributionFilterInput, ContributionRefInput, UpdateContributionInput } from './contribution.inputs';
import { PolicyContributionsModel } from './policy-contributions.model';


/**
 * Contributions (premiums), rights 101301–101304: a caller reads and changes those of policies of families
 * living in its data scope; any other answers as unknown.
 */
@Resolver(() => ContributionModel)
export class ContributionResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly access: ContributionAccess,
    private readonly queries: PremiumQueries,
    private readonly addUseCase: AddContribution,
    private readonly updateUseCase: UpdateContribution,
    private readonly deleteUseCase: DeleteContribution,
  ) {}

  @RequireRights(Right.ContributionSearch)
  @Query(() => ContributionConnection, { description: 'Current contributions to policies of families in your data scope matching the filter, in creation order' })
  async contributions(
    @CurrentUser() user: RequestUser,
    @Args() args: ConnectionArgs,
    @Args('filter', { type: () => ContributionFilterInput, nullable: true }) filter?: ContributionFilterInput | null,
  ): Promise<ContributionConnection> {
    const page = pageOf(args);
    const { rows, totalCount } = await this.queries.search(filter ?? {}, page, await this.access.scope(user));
    return toConnection(rows, page, totalCount, toContributionModel);
  }

  @RequireRights(Right.ContributionSearch)
  @Query(() => ContributionModel, { nullable: true, description: 'A current contribution; null when unknown, deleted or its policy out of your scope' })
  async contribution(@CurrentUser() user: RequestUser, @Args('id', { type: () => ID }) id: string): Promise<ContributionModel | null> {
    const view = (await this.queries.byIds([id], await this.access.scope(user))).get(id);
    return view ? toContributionModel(view) : null;
  }

  @RequireRights(Right.ContributionSearch)
  @Query(() => [ContributionVersionModel], { description: 'Past versions of a contribution (current or reversed), oldest first' })
  async contributionHistory(@CurrentUser() user: RequestUser, @Args('id', { type: () => ID }) id: string): Promise<ContributionVersionModel[]> {
    return (await this.queries.history(id, await this.access.scope(user))).map((view) => Object.assign(new ContributionVersionModel(), view));
  }

  @RequireRights(Right.ContributionAdd)
  @Mutation(() => ContributionPayload, { description: 'Adds a contribution to a policy; answers its paid total, balance and warnings' })
  async addContribution(@Args('input') { clientMutationId, ...data }: AddContributionInput, @CurrentUser() user: RequestUser): Promise<ContributionPayload> {
    return payload(await runUseCase(this.em, this.addUseCase, data, await this.access.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.ContributionEdit)
  @Mutation(() => ContributionPayload, { description: 'Changes a contribution (its policy stays); every rule is checked again' })
  async updateContribution(@Args('input') { clientMutationId, ...data }: UpdateContributionInput, @CurrentUser() user: RequestUser): Promise<ContributionPayload> {
    return payload(await runUseCase(this.em, this.updateUseCase, data, await this.access.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.ContributionDelete)
  @Mutation(() => ContributionPayload, { description: 'Reverses a contribution (kept as history): the policy’s paid total is recomputed; no de-activation' })
  async deleteContribution(@Args('input') { clientMutationId, ...data }: ContributionRefInput, @CurrentUser() user: RequestUser): Promise<ContributionPayload> {
    return payload(await runUseCase(this.em, this.deleteUseCase, data, await this.access.meta(user, clientMutationId)), clientMutationId);
  }

  @ResolveField(() => PolicyContributionsModel, { description: 'The policy paid (its fields from the policy service; null there when out of your scope)' })
  policy(@Parent() contribution: ContributionModel): PolicyContributionsModel {
    return Object.assign(new PolicyContributionsModel(), { id: contribution.policyId });
  }
}

function payload(result: CommandResult<PremiumChange>, clientMutationId?: string | null): ContributionPayload {
  return {
    contribution: result.premium ? toContributionModel(result.premium) : null,
    paidTotal: result.paidTotal ?? null,
    balance: result.balance ?? null,
    warnings: result.warnings ?? [],
    errors: result.errors,
    clientMutationId: clientMutationId ?? null,
  };

}
