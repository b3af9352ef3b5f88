import { Context, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { CurrentUser, type RequestUser, RequireRights, Right } from '@imis/auth';
import type { GraphQLContext } from '@imis/graphql';
import { ClaimAccess } from '../application/claim-access';
import { ClaimQueries } from '../application/claim.queries';
import { ClaimLoader } from './claim.loader';
import { toClaimModel } from './claim.mapper';
import { ClaimModel } from './claim.model';
import { HealthFacilityClaimsModel, InsureeClaimsModel } from './claim-references.model';

/** `Insuree.claims` through federation: the insuree subgraph scoped the insuree; the claims follow the caller’s claim scope. */
@Resolver(() => InsureeClaimsModel)
export class InsureeClaimsResolver {
  constructor(
    private readonly queries: ClaimQueries,
    private readonly access: ClaimAccess,
  ) {}

  @ResolveReference()
  resolveReference(@Parent() reference: { id: string }): InsureeClaimsModel {
    return Object.assign(new InsureeClaimsModel(), { id: reference.id });
  }

  @RequireRights(Right.ClaimSearch)
  @ResolveField(() => [ClaimModel], { description: 'The insuree’s current claims in your scope, newest first (claim service; at most 1000)' })
  async claims(@Parent() insuree: InsureeClaimsModel, @CurrentUser() user: RequestUser, @Context() context: GraphQLContext): Promise<ClaimModel[]> {
    return (await ClaimLoader.of(context, this.queries, () => this.access.scope(user)).ofInsurees.load(insuree.id)).map(toClaimModel);
  }
}

/** `HealthFacility.claims` through federation, batched per request. */
@Resolver(() => HealthFacilityClaimsModel)
export class HealthFacilityClaimsResolver {
  constructor(
    private readonly queries: ClaimQueries,
    private readonly access: ClaimAccess,
  ) {}

  @ResolveReference()
  resolveReference(@Parent() reference: { id: string }): HealthFacilityClaimsModel {
    return Object.assign(new HealthFacilityClaimsModel(), { id: reference.id });
  }

  @RequireRights(Right.ClaimSearch)
  @ResolveField(() => [ClaimModel], { description: 'The facility’s current claims in your scope, newest first (claim service; at most 1000)' })
  async claims(@Parent() facility: HealthFacilityClaimsModel, @CurrentUser() user: RequestUser, @Context() context: GraphQLContext): Promise<ClaimModel[]> {
    return (await ClaimLoader.of(context, this.queries, () => this.access.scope(user)).ofFacilities.load(facility.id)).map(toClaimModel);
  }
}
