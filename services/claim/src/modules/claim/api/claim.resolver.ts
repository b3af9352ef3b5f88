import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, type RequestUser, RequireRights, Right } from '@imis/auth';
import { ConnectionArgs, pageOf, toConnection } from '@imis/graphql';
import { ClaimAccess } from '../application/claim-access';
import { ClaimQueries } from '../application/claim.queries';
import { toClaimModel, toClaimVersionModel } from './claim.mapper';
import { ClaimConnection, ClaimModel, ClaimVersionModel } from './claim.model';
import { ClaimFilterInput } from './claim.inputs';
import { HealthFacilityClaimsModel, InsureeClaimsModel } from './claim-references.model';

/**
 * Reads of claims (right 111001): a claim administrator sees its facility’s claims; anyone else those of facilities
 * in its districts or of insurees living in its locations. Any other claim does not exist for the caller.
 */
@Resolver(() => ClaimModel)
export class ClaimResolver {
  constructor(
    private readonly queries: ClaimQueries,
    private readonly access: ClaimAccess,
  ) {}

  @RequireRights(Right.ClaimSearch)
  @Query(() => ClaimConnection, { description: 'Current claims of your scope matching the filter, in entry order' })
  async claims(
    @CurrentUser() user: RequestUser,
    @Args() args: ConnectionArgs,
    @Args('filter', { type: () => ClaimFilterInput, nullable: true }) filter?: ClaimFilterInput | null,
  ): Promise<ClaimConnection> {
    const page = pageOf(args);
    const { rows, totalCount } = await this.queries.search(filter ?? {}, page, await this.access.scope(user));
    return toConnection(rows, page, totalCount, toClaimModel);
  }

  @RequireRights(Right.ClaimSearch)
  @Query(() => ClaimModel, { nullable: true, description: 'A current claim; null when unknown, deleted or out of your scope' })
  async claim(@CurrentUser() user: RequestUser, @Args('id', { type: () => ID }) id: string): Promise<ClaimModel | null> {
    const view = (await this.queries.byIds([id], await this.access.scope(user))).get(id);
    return view ? toClaimModel(view) : null;
  }

  @RequireRights(Right.ClaimSearch)
  @Query(() => [ClaimVersionModel], { description: 'Past versions of a claim (current or deleted) with their lines, oldest first' })
  async claimHistory(@CurrentUser() user: RequestUser, @Args('id', { type: () => ID }) id: string): Promise<ClaimVersionModel[]> {
    return (await this.queries.history(id, await this.access.scope(user))).map(toClaimVersionModel);
  }

  @ResolveField(() => InsureeClaimsModel, { description: 'The insuree (its fields from the insuree service)' })
  insuree(@Parent() claim: ClaimModel): InsureeClaimsModel {
    return Object.assign(new InsureeClaimsModel(), { id: claim.insureeId });
  }

  @ResolveField(() => HealthFacilityClaimsModel, { description: 'The facility (its fields from the location service)' })
  healthFacility(@Parent() claim: ClaimModel): HealthFacilityClaimsModel {
    return Object.assign(new HealthFacilityClaimsModel(), { id: claim.healthFacilityId });
  }
}
