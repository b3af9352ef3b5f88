import { commandError } from '@imis/application';
import { Args, Context, ID, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { CurrentUser, type RequestUser, RequireRights, Right } from '@imis/auth';
import { ConnectionArgs, type GraphQLContext, pageOf, toConnection } from '@imis/graphql';
import { ProductModel, ProductQueries, toProductModel } from '../../product';
import { PolicyAccess } from '../application/policy-access';
import { PolicyValueQuery } from '../application/policy-value.query';
import { PolicyQueries } from '../application/policy.queries';
import { FamilyPoliciesModel } from './family-policies.resolver';
import { PolicyLoader } from './policy.loader';
import { toInsureePolicyModel, toPolicyModel, toPolicyValueModel, toPolicyVersionModel } from './policy.mapper';
import { InsureePolicyModel, PolicyConnection, PolicyModel, PolicyVersionModel } from './policy.model';
import { PolicyFilterInput, PolicyValueInput } from './policy.inputs';
import { PolicyValueModel } from './policy-value.model';

/**
 * Reads of policies (right 101201; policyValue also 101202): a caller sees the policies of families living
 * in its data scope; any other policy does not exist for it.
 */
@Resolver(() => PolicyModel)
export class PolicyResolver {
  constructor(
    private readonly queries: PolicyQueries,
    private readonly products: ProductQueries,
    private readonly valueQuery: PolicyValueQuery,
    private readonly access: PolicyAccess,
  ) {}

  @RequireRights(Right.PolicySearch, Right.PolicyAdd)
  @Query(() => PolicyValueModel, { description: "What a family's policy of a product would cost and when it would run (nothing is written)" })
  async policyValue(@CurrentUser() user: RequestUser, @Args('input') input: PolicyValueInput): Promise<PolicyValueModel> {
    const [scope, products] = await Promise.all([this.access.scope(user), this.access.products(user)]);
    const answer = await this.valueQuery.answer(input, { scope, products });
    return toPolicyValueModel(answer.quote, answer.errors.map((error) => commandError(error.code, error.message, error.field)));
  }

  @RequireRights(Right.PolicySearch)
  @Query(() => PolicyConnection, { description: 'Current policies of families in your data scope matching the filter, in creation order' })
  async policies(
    @CurrentUser() user: RequestUser,
    @Args() args: ConnectionArgs,
    @Args('filter', { type: () => PolicyFilterInput, nullable: true }) filter?: PolicyFilterInput | null,
  ): Promise<PolicyConnection> {
    const page = pageOf(args);
    const { rows, totalCount } = await this.queries.search(filter ?? {}, page, await this.access.scope(user));
    return toConnection(rows, page, totalCount, toPolicyModel);
  }

  @RequireRights(Right.PolicySearch)
  @Query(() => PolicyModel, { nullable: true, description: 'A current policy; null when unknown, deleted or its family out of your scope' })
  async policy(@CurrentUser() user: RequestUser, @Args('id', { type: () => ID }) id: string): Promise<PolicyModel | null> {
    const view = (await this.queries.byIds([id], await this.access.scope(user))).get(id);
    return view ? toPolicyModel(view) : null;
  }

  /** Federation `_entities`: a policy another subgraph names (a contribution's), in the caller's scope. */
  @RequireRights(Right.PolicySearch)
  @ResolveReference()
  async resolveReference(@Parent() reference: { id: string }, @CurrentUser() user: RequestUser, @Context() context: GraphQLContext): Promise<PolicyModel | null> {
    const view = await this.loader(user, context).byIds.load(reference.id);
    return view && toPolicyModel(view);
  }

  @RequireRights(Right.PolicySearch)
  @Query(() => [PolicyVersionModel], { description: 'Past versions of a policy (current or deleted), oldest first' })
  async policyHistory(@CurrentUser() user: RequestUser, @Args('id', { type: () => ID }) id: string): Promise<PolicyVersionModel[]> {
    return (await this.queries.history(id, await this.access.scope(user))).map(toPolicyVersionModel);
  }

  @ResolveField(() => [InsureePolicyModel], { description: "The members' current coverage rows" })
  async insureePolicies(@Parent() policy: PolicyModel, @CurrentUser() user: RequestUser, @Context() context: GraphQLContext): Promise<InsureePolicyModel[]> {
    return (await this.loader(user, context).members.load(policy.id)).map(toInsureePolicyModel);
  }

  @ResolveField(() => ProductModel, { nullable: true, description: 'The product; null when deleted since or not visible to you' })
  async product(@Parent() policy: PolicyModel, @CurrentUser() user: RequestUser, @Context() context: GraphQLContext): Promise<ProductModel | null> {
    const view = await this.loader(user, context).products.load(policy.productId);
    return view && toProductModel(view);
  }

  @ResolveField(() => FamilyPoliciesModel, { description: 'The family (its other fields from the insuree service)' })
  family(@Parent() policy: PolicyModel): FamilyPoliciesModel {
    return Object.assign(new FamilyPoliciesModel(), { id: policy.familyId });
  }

  private loader(user: RequestUser, context: GraphQLContext): PolicyLoader {
    return PolicyLoader.of(context, this.queries, this.products, () => this.access.scope(user), () => this.access.products(user));
  }
}
