import { EntityManager } from '@mikro-orm/postgresql';
import { Args, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { runUseCase } from '@imis/application';
import { CurrentUser, type RequestUser, RequireRights, Right } from '@imis/auth';
import { MutationInput } from '@imis/graphql';
import { ClaimAccess, ClaimModel, claimsPayload, ClaimsPayload } from '../../claim';
import { ProcessClaims } from '../application/process-claims.command';

@InputType()
export class ProcessClaimsInput extends MutationInput {
  @Field(() => [ID], { description: 'At most 100 Checked claims' })
  ids!: string[];
}

@Resolver(() => ClaimModel)
export class ProcessClaimsResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly access: ClaimAccess,
    private readonly processUseCase: ProcessClaims,
  ) {}

  @RequireRights(Right.ClaimProcess)
  @Mutation(() => ClaimsPayload, { description: 'Valuates up to 100 Checked claims (schemes that adjudicate without valuation: CLAIM_AUTO_PROCESS=false)' })
  async processClaims(@Args('input') { clientMutationId, ids }: ProcessClaimsInput, @CurrentUser() user: RequestUser) {
    return claimsPayload(await runUseCase(this.em, this.processUseCase, { ids }, await this.access.meta(user, clientMutationId)), clientMutationId);
  }
}
