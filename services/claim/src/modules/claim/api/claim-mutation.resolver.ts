import { EntityManager } from '@mikro-orm/postgresql';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { runUseCase } from '@imis/application';
import { CurrentUser, type RequestUser, RequireRights, Right } from '@imis/auth';
import { ClaimAccess } from '../application/claim-access';
import { CreateClaim } from '../application/create-claim.command';
import { DeleteClaim } from '../application/delete-claim.command';
import { EnterAndSubmitClaim, EnterAndSubmitClaims } from '../application/enter-and-submit-claims.command';
import { EnterClaims } from '../application/enter-claims.command';
import { RestoreClaim } from '../application/restore-claim.command';
import { SubmitClaims } from '../application/submit-claims.command';
import { UpdateClaim } from '../application/update-claim.command';
import { claimPayload, claimsPayload } from './claim.mapper';
import { ClaimModel, ClaimPayload, ClaimsPayload } from './claim.model';
import { CreateClaimInput, CreateClaimsInput, DeleteClaimInput, RestoreClaimInput, SubmitClaimsInput, UpdateClaimInput } from './claim.inputs';

/** Entering and submitting needs both rights (111002 and 111007). */
function requireSubmitRight(user: RequestUser): void {
  if (!user.hasAnyRight([Right.ClaimSubmit])) {
    throw new GraphQLError('Missing right to submit claims', { extensions: { code: 'FORBIDDEN', requiredRights: [Right.ClaimSubmit] } });
  }
}

/**
 * Changes to claims, each under its openIMIS right and recorded as made by the verified user. A claim, facility or
 * claim administrator out of the caller’s scope answers as an unknown one.
 */
@Resolver(() => ClaimModel)
export class ClaimMutationResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly access: ClaimAccess,
    private readonly createUseCase: CreateClaim,
    private readonly enterUseCase: EnterClaims,
    private readonly updateUseCase: UpdateClaim,
    private readonly deleteUseCase: DeleteClaim,
    private readonly restoreUseCase: RestoreClaim,
    private readonly submitUseCase: SubmitClaims,
    private readonly enterAndSubmitUseCase: EnterAndSubmitClaim,
    private readonly enterAndSubmitManyUseCase: EnterAndSubmitClaims,
  ) {}

  @RequireRights(Right.ClaimAdd)
  @Mutation(() => ClaimPayload, { description: 'Enters a claim (ENTERED) with its lines; its code is generated when absent' })
  async createClaim(@Args('input') { clientMutationId, claim }: CreateClaimInput, @CurrentUser() user: RequestUser) {
    return claimPayload(await runUseCase(this.em, this.createUseCase, claim, await this.access.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.ClaimAdd, Right.ClaimLoad)
  @Mutation(() => ClaimsPayload, { description: 'Enters up to 100 claims: the valid ones are entered, each invalid one is refused with its index' })
  async enterClaims(@Args('input') { clientMutationId, claims }: CreateClaimsInput, @CurrentUser() user: RequestUser) {
    return claimsPayload(await runUseCase(this.em, this.enterUseCase, { claims }, await this.access.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.ClaimUpdate)
  @Mutation(() => ClaimPayload, { description: 'Changes an Entered claim not yet submitted; sent lines replace all its lines' })
  async updateClaim(@Args('input') { clientMutationId, ...data }: UpdateClaimInput, @CurrentUser() user: RequestUser) {
    return claimPayload(await runUseCase(this.em, this.updateUseCase, data, await this.access.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.ClaimDelete)
  @Mutation(() => ClaimPayload, { description: 'Deletes an Entered claim not yet submitted (kept as history)' })
  async deleteClaim(@Args('input') { clientMutationId, ...data }: DeleteClaimInput, @CurrentUser() user: RequestUser) {
    return claimPayload(await runUseCase(this.em, this.deleteUseCase, data, await this.access.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.ClaimRestore)
  @Mutation(() => ClaimPayload, { description: 'Restores a Rejected claim as a new Entered claim (a bounded number of times)' })
  async restoreClaim(@Args('input') { clientMutationId, ...data }: RestoreClaimInput, @CurrentUser() user: RequestUser) {
    return claimPayload(await runUseCase(this.em, this.restoreUseCase, data, await this.access.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.ClaimSubmit)
  @Mutation(() => ClaimsPayload, { description: 'Submits up to 100 Entered claims: queued for adjudication' })
  async submitClaims(@Args('input') { clientMutationId, ids }: SubmitClaimsInput, @CurrentUser() user: RequestUser) {
    return claimsPayload(await runUseCase(this.em, this.submitUseCase, { ids }, await this.access.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.ClaimAdd)
  @Mutation(() => ClaimPayload, { description: 'Enters a claim and submits it in one transaction (rights 111002 and 111007)' })
  async enterAndSubmitClaim(@Args('input') { clientMutationId, claim }: CreateClaimInput, @CurrentUser() user: RequestUser) {
    requireSubmitRight(user);
    return claimPayload(await runUseCase(this.em, this.enterAndSubmitUseCase, claim, await this.access.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.ClaimAdd)
  @Mutation(() => ClaimsPayload, { description: 'Enters up to 100 claims and submits those entered, in one transaction (rights 111002 and 111007)' })
  async enterAndSubmitClaims(@Args('input') { clientMutationId, claims }: CreateClaimsInput, @CurrentUser() user: RequestUser) {
    requireSubmitRight(user);
    return claimsPayload(await runUseCase(this.em, this.enterAndSubmitManyUseCase, { claims }, await this.access.meta(user, clientMutationId)), clientMutationId);
  }
}
