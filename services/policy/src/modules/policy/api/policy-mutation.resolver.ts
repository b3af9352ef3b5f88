import { EntityManager } from '@mikro-orm/postgresql';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { runUseCase, type CommandResult } from '@imis/application';
import { CurrentUser, type RequestUser, RequireRights, Right } from '@imis/auth';
import { CreatePolicy } from '../application/create-policy.command';
import { DeletePolicy } from '../application/delete-policy.command';
import { PolicyAccess } from '../application/policy-access';
import type { PolicyView } from '../application/policy.view';
import { RenewPolicy } from '../application/renew-policy.command';
import { SuspendPolicy } from '../application/suspend-policy.command';
import { UpdatePolicy } from '../application/update-policy.command';
import { toPolicyModel } from './policy.mapper';
import { PolicyModel, PolicyPayload } from './policy.model';
import { CreatePolicyInput, PolicyRefInput, RenewPolicyInput, UpdatePolicyInput } from './policy.inputs';

/**
 * Changes to policies, each under its openIMIS right (101202–101205) and recorded as made by the verified
 * user. A family or policy out of the user's data scope answers as an unknown one.
 */
@Resolver(() => PolicyModel)
export class PolicyMutationResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly access: PolicyAccess,
    private readonly createUseCase: CreatePolicy,
    private readonly renewUseCase: RenewPolicy,
    private readonly updateUseCase: UpdatePolicy,
    private readonly suspendUseCase: SuspendPolicy,
    private readonly deleteUseCase: DeletePolicy,
  ) {}

  @RequireRights(Right.PolicyAdd)
  @Mutation(() => PolicyPayload, { description: "Creates a family's new policy (stage N), Idle until paid, with its members' coverage rows" })
  async createPolicy(@Args('input') { clientMutationId, ...data }: CreatePolicyInput, @CurrentUser() user: RequestUser) {
    return payload(await runUseCase(this.em, this.createUseCase, data, await this.access.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.PolicyRenew)
  @Mutation(() => PolicyPayload, { description: "Renews the family's latest policy of a product: a new policy (stage R) continuing it" })
  async renewPolicy(@Args('input') { clientMutationId, ...data }: RenewPolicyInput, @CurrentUser() user: RequestUser) {
    return payload(await runUseCase(this.em, this.renewUseCase, data, await this.access.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.PolicyEdit)
  @Mutation(() => PolicyPayload, { description: 'Changes an Idle policy (enrolment date, officer); its dates and value are computed again' })
  async updatePolicy(@Args('input') { clientMutationId, ...data }: UpdatePolicyInput, @CurrentUser() user: RequestUser) {
    return payload(await runUseCase(this.em, this.updateUseCase, data, await this.access.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.PolicyEdit)
  @Mutation(() => PolicyPayload, { description: 'Suspends an Active or Idle policy' })
  async suspendPolicy(@Args('input') { clientMutationId, ...data }: PolicyRefInput, @CurrentUser() user: RequestUser) {
    return payload(await runUseCase(this.em, this.suspendUseCase, data, await this.access.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.PolicyDelete)
  @Mutation(() => PolicyPayload, { description: "Deletes a policy with its members' coverage rows (kept as history), unless claims used it" })
  async deletePolicy(@Args('input') { clientMutationId, ...data }: PolicyRefInput, @CurrentUser() user: RequestUser) {
    return payload(await runUseCase(this.em, this.deleteUseCase, data, await this.access.meta(user, clientMutationId)), clientMutationId);
  }
}

function payload(result: CommandResult<{ policy: PolicyView }>, clientMutationId?: string | null): PolicyPayload {
  return { policy: result.policy ? toPolicyModel(result.policy) : null, errors: result.errors, clientMutationId: clientMutationId ?? null };
}
