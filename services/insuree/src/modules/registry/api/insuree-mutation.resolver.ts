import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { commandMeta, CurrentUser, LocationAccess, RequireRights, Right, type RequestUser } from '@imis/auth';
import { ChangeInsureeStatusHandler } from '../application/insuree/change-insuree-status.handler';
import { CreateInsureeHandler } from '../application/insuree/create-insuree.handler';
import { MoveInsureeHandler } from '../application/insuree/move-insuree.handler';
import { RemoveInsureesHandler } from '../application/insuree/remove-insurees.handler';
import { UpdateInsureeHandler } from '../application/insuree/update-insuree.handler';
import { ChangeInsureeStatusInput, CreateInsureeInput, InsureeIdsInput, MoveInsureeInput, UpdateInsureeInput } from './insuree.inputs';
import { InsureeModel } from './insuree.model';
import { InsureePayload, InsureesPayload } from './insuree.payload';
import { insureePayload, insureesPayload } from './registry-payloads';

/**
 * Changes to insurees: each needs its openIMIS right, is recorded as made by the verified user, and is
 * refused (INSUREE_OUT_OF_SCOPE, FAMILY_OUT_OF_SCOPE) outside the user's data scope.
 */
@Resolver(() => InsureeModel)
export class InsureeMutationResolver {
  constructor(
    private readonly createHandler: CreateInsureeHandler,
    private readonly updateHandler: UpdateInsureeHandler,
    private readonly statusHandler: ChangeInsureeStatusHandler,
    private readonly moveHandler: MoveInsureeHandler,
    private readonly removeHandler: RemoveInsureesHandler,
    private readonly access: LocationAccess,
  ) {}

  @RequireRights(Right.InsureeAdd)
  @Mutation(() => InsureePayload, { description: 'Adds a member to a family' })
  async createInsuree(@Args('input') { clientMutationId, ...data }: CreateInsureeInput, @CurrentUser() user: RequestUser) {
    const result = await this.createHandler.execute({ data, meta: commandMeta(user, clientMutationId), scope: await this.access.data(user) });
    return insureePayload(result, clientMutationId);
  }

  @RequireRights(Right.InsureeEdit)
  @Mutation(() => InsureePayload, { description: "Changes an insuree's details; the previous version is kept in the history" })
  async updateInsuree(@Args('input') { clientMutationId, ...data }: UpdateInsureeInput, @CurrentUser() user: RequestUser) {
    const result = await this.updateHandler.execute({ data, meta: commandMeta(user, clientMutationId), scope: await this.access.data(user) });
    return insureePayload(result, clientMutationId);
  }

  @RequireRights(Right.InsureeEdit)
  @Mutation(() => InsureePayload, { description: 'Makes an insuree active, inactive or dead (with a reason of that type)' })
  async changeInsureeStatus(@Args('input') { clientMutationId, status, ...data }: ChangeInsureeStatusInput, @CurrentUser() user: RequestUser) {
    const result = await this.statusHandler.execute({
      data: { ...data, status },
      meta: commandMeta(user, clientMutationId),
      scope: await this.access.data(user),
    });
    return insureePayload(result, clientMutationId);
  }

  @RequireRights(Right.InsureeEdit, Right.FamilyEdit)
  @Mutation(() => InsureePayload, { description: 'Moves an insuree (not a head) into another family' })
  async moveInsuree(@Args('input') { clientMutationId, ...data }: MoveInsureeInput, @CurrentUser() user: RequestUser) {
    const result = await this.moveHandler.execute({ data, meta: commandMeta(user, clientMutationId), scope: await this.access.data(user) });
    return insureePayload(result, clientMutationId);
  }

  @RequireRights(Right.InsureeEdit, Right.FamilyEdit)
  @Mutation(() => InsureesPayload, { description: 'Detaches insurees (never a head) from their families; they stay insurees' })
  async removeInsurees(@Args('input') { clientMutationId, ...data }: InsureeIdsInput, @CurrentUser() user: RequestUser) {
    const result = await this.removeHandler.remove({ data, meta: commandMeta(user, clientMutationId), scope: await this.access.data(user) });
    return insureesPayload(result, clientMutationId);
  }

  @RequireRights(Right.InsureeDelete)
  @Mutation(() => InsureesPayload, { description: 'Deletes insurees (never a head; kept as history)' })
  async deleteInsurees(@Args('input') { clientMutationId, ...data }: InsureeIdsInput, @CurrentUser() user: RequestUser) {
    const result = await this.removeHandler.delete({ data, meta: commandMeta(user, clientMutationId), scope: await this.access.data(user) });
    return insureesPayload(result, clientMutationId);
  }
}
