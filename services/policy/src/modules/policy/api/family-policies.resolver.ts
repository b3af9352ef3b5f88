import { Context, Directive, Field, ID, ObjectType, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { CurrentUser, type RequestUser, RequireRights, Right } from '@imis/auth';
import type { GraphQLContext } from '@imis/graphql';
import { ProductQueries } from '../../product';
import { PolicyAccess } from '../application/policy-access';
import { PolicyQueries } from '../application/policy.queries';
import { PolicyLoader } from './policy.loader';
import { toPolicyModel } from './policy.mapper';
import { PolicyModel } from './policy.model';

/** The insuree service's Family, extended by this subgraph with its policies (the gateway asks `_entities` here). */
@ObjectType('Family')
@Directive('@key(fields: "id")')
export class FamilyPoliciesModel {
  @Field(() => ID)
  id!: string;
}

@Resolver(() => FamilyPoliciesModel)
export class FamilyPoliciesResolver {
  constructor(
    private readonly queries: PolicyQueries,
    private readonly products: ProductQueries,
    private readonly access: PolicyAccess,
  ) {}

  /** Federation `_entities`: the insuree subgraph already applied the caller's scope to the family itself. */
  @ResolveReference()
  resolveReference(@Parent() reference: { id: string }): FamilyPoliciesModel {
    return Object.assign(new FamilyPoliciesModel(), { id: reference.id });
  }

  @RequireRights(Right.PolicySearch)
  @ResolveField(() => [PolicyModel], { description: "The family's current policies, oldest start first (policy service)" })
  async policies(@Parent() family: FamilyPoliciesModel, @CurrentUser() user: RequestUser, @Context() context: GraphQLContext): Promise<PolicyModel[]> {
    const loader = PolicyLoader.of(context, this.queries, this.products, () => this.access.scope(user), () => this.access.products(user));
    return (await loader.ofFamilies.load(family.id)).map(toPolicyModel);
  }
}
