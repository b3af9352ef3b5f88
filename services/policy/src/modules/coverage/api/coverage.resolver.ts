import { Args, Context, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { CurrentUser, LocationAccess, type RequestUser, RequireRights, Right } from '@imis/auth';
import { BatchLoader, type GraphQLContext, LocalDateScalar, perRequest } from '@imis/graphql';
import { today } from '@imis/kernel';
import { CoverageQueries } from '../application/coverage.queries';
import type { LineEligibilityView, MemberCoverageView } from '../application/coverage.view';
import { EligibilityInput, EligibilityModel, InsureeCoverageModel, MemberCoverageModel } from './coverage.model';

const LOADERS = Symbol('coverage-loaders');
const MAX_CODE_LENGTH = 50;

/** The eligibility enquiry and `Insuree.coverage` (rights 101201 or 101105; scope: the insuree's family or own village). */
@Resolver(() => InsureeCoverageModel)
export class CoverageResolver {
  constructor(
    private readonly queries: CoverageQueries,
    private readonly locations: LocationAccess,
  ) {}

  @RequireRights(Right.PolicySearch, Right.InsureeEnquire)
  @Query(() => EligibilityModel, { description: 'Is this insuree covered on the target date, and for this item or service? Unknown or out of scope: refusal INSUREE_NOT_FOUND' })
  async eligibility(@CurrentUser() user: RequestUser, @Args('input') input: EligibilityInput): Promise<EligibilityModel> {
    for (const [argument, value] of [['insuranceNumber', input.insuranceNumber], ['itemCode', input.itemCode], ['serviceCode', input.serviceCode]] as const) {
      if (value && value.length > MAX_CODE_LENGTH) throw new GraphQLError(`${argument} has at most ${MAX_CODE_LENGTH} characters`, { extensions: { code: 'BAD_USER_INPUT', argument } });
    }
    const view = await this.queries.eligibility(input, await this.locations.data(user));
    return Object.assign(new EligibilityModel(), {
      ...view,
      coverage: view.coverage && toMemberCoverage(view.coverage),
      item: view.item && { itemCode: view.item.code, itemId: view.item.id, ...lineFields(view.item), isItemOK: view.item.isOk },
      service: view.service && { serviceCode: view.service.code, serviceId: view.service.id, ...lineFields(view.service), isServiceOK: view.service.isOk },
    });
  }

  /** Federation `_entities`: the insuree subgraph owns Insuree; coverage is read here, in the caller's scope. */
  @ResolveReference()
  resolveReference(@Parent() reference: { id: string }): InsureeCoverageModel {
    return Object.assign(new InsureeCoverageModel(), { id: reference.id });
  }

  @RequireRights(Right.PolicySearch, Right.InsureeEnquire)
  @ResolveField(() => MemberCoverageModel, { nullable: true, description: 'Coverage on the target date (policy service); null when out of your scope' })
  async coverage(
    @Parent() insuree: InsureeCoverageModel,
    @CurrentUser() user: RequestUser,
    @Context() context: GraphQLContext,
    @Args('targetDate', { type: () => LocalDateScalar, nullable: true, description: 'Default: today' }) targetDate?: string | null,
  ): Promise<MemberCoverageModel | null> {
    const date = targetDate ?? today();
    const loaders = perRequest(context, LOADERS, () => new Map<string, BatchLoader<string, MemberCoverageView | null>>());
    let loader = loaders.get(date);
    if (!loader) {
      loader = new BatchLoader(async (ids) => this.queries.coverageOf(ids, await this.locations.data(user), date), null);
      loaders.set(date, loader);
    }
    const view = await loader.load(insuree.id);
    return view && toMemberCoverage(view);
  }
}

function lineFields(view: LineEligibilityView) {
  return { covered: view.covered, minDate: view.minDate, left: view.left };
}

function toMemberCoverage(view: MemberCoverageView): MemberCoverageModel {
  return Object.assign(new MemberCoverageModel(), view, { insuree: Object.assign(new InsureeCoverageModel(), { id: view.insureeId }) });
}
