import { EntityManager } from '@mikro-orm/postgresql';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { runUseCase } from '@imis/application';
import { commandMeta, CurrentUser, LocationAccess, RequireRights, Right, type RequestUser } from '@imis/auth';
import type { ScopedCommandMeta } from '../../../shared/application/scoped-command-meta';
import { ChangeInsureeStatus } from '../application/change-insuree-status.command';
import { CreateInsuree } from '../application/create-insuree.command';
import { DeleteInsurees } from '../application/delete-insurees.command';
import { MoveInsuree } from '../application/move-insuree.command';
import { RemoveInsurees } from '../application/remove-insurees.command';
import { UpdateInsuree } from '../application/update-insuree.command';
import { ChangeInsureeStatusInput, CreateInsureeInput, InsureeIdsInput, MoveInsureeInput, UpdateInsureeInput } from './insuree.inputs';
import { InsureeModel } from './insuree.model';
import { InsureePayload, InsureesPayload } from './insuree.payload';
import { insureePayload, insureesPayload } from './registry-payloads';

/**
 * Changes to insurees: each needs its openIMIS right, is recorded as made by the verified user, and is
 * answers an insuree or family outside the user's data scope as an unknown id (INSUREE_NOT_FOUND,
 * FAMILY_NOT_FOUND; a member is changed only within its family's scope).
 */
@Resolver(() => InsureeModel)
export class InsureeMutationResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly createUseCase: CreateInsuree,
    private readonly updateUseCase: UpdateInsuree,
    private readonly statusUseCase: ChangeInsureeStatus,
    private readonly moveUseCase: MoveInsuree,
    private readonly removeUseCase: RemoveInsurees,
    private readonly deleteUseCase: DeleteInsurees,
    private readonly access: LocationAccess,
  ) {}

  @RequireRights(Right.InsureeAdd)
  @Mutation(() => InsureePayload, { description: 'Adds a member to a family' })
  async createInsuree(@Args('input') { clientMutationId, ...data }: CreateInsureeInput, @CurrentUser() user: RequestUser) {
    return insureePayload(await runUseCase(this.em, this.createUseCase, data, await this.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.InsureeEdit)
  @Mutation(() => InsureePayload, { description: "Changes an insuree's details; the previous version is kept in the history" })
  async updateInsuree(@Args('input') { clientMutationId, ...data }: UpdateInsureeInput, @CurrentUser() user: RequestUser) {
    return insureePayload(await runUseCase(this.em, this.updateUseCase, data, await this.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.InsureeEdit)
  @Mutation(() => InsureePayload, { description: 'Makes an insuree active, inactive or dead (with a reason of that type)' })
  async changeInsureeStatus(@Args('input') { clientMutationId, ...data }: ChangeInsureeStatusInput, @CurrentUser() user: RequestUser) {
    return insureePayload(await runUseCase(this.em, this.statusUseCase, data, await this.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.InsureeEdit, Right.FamilyEdit)
  @Mutation(() => InsureePayload, { description: 'Moves an insuree (not a head) into another family' })
  async moveInsuree(@Args('input') { clientMutationId, ...data }: MoveInsureeInput, @CurrentUser() user: RequestUser) {
    return insureePayload(await runUseCase(this.em, this.moveUseCase, data, await this.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.InsureeEdit, Right.FamilyEdit)
  @Mutation(() => InsureesPayload, { description: 'Detaches insurees (never a head) from their families; they stay insurees' })
  async removeInsurees(@Args('input') { clientMutationId, ...data }: InsureeIdsInput, @CurrentUser() user: RequestUser) {
    return insureesPayload(await runUseCase(this.em, this.removeUseCase, data, await this.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.InsureeDelete)
  @Mutation(() => InsureesPayload, { description: 'Deletes insurees (never a head; kept as history)' })
  async deleteInsurees(@Args('input') { clientMutationId, ...data }: InsureeIdsInput, @CurrentUser() user: RequestUser) {
    return insureesPayload(await runUseCase(this.em, this.deleteUseCase, data, await this.meta(user, clientMutationId)), clientMutationId);
  }

  /** The verified user as the actor, and its data scope. */
  private async meta(user: RequestUser, clientMutationId?: string | null): Promise<ScopedCommandMeta> {
    return { ...commandMeta(user, clientMutationId), scope: await this.access.data(user) };
  }
}
