import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { commandMeta, CurrentUser, LocationAccess, RequireRights, Right, type RequestUser } from '@imis/auth';
import { CreateFamilyHandler } from '../application/family/create-family.handler';
import { DeleteFamilyHandler } from '../application/family/delete-family.handler';
import { SetFamilyHeadHandler } from '../application/family/set-family-head.handler';
import { UpdateFamilyHandler } from '../application/family/update-family.handler';
import { CreateFamilyInput, DeleteFamilyInput, SetFamilyHeadInput, UpdateFamilyInput } from './family.inputs';
import { FamilyModel } from './family.model';
import { FamilyPayload } from './family.payload';
import { familyPayload } from './registry-payloads';

/**
 * Changes to families: each needs its openIMIS right, is recorded as made by the verified user, and is
 * refused (FAMILY_OUT_OF_SCOPE, VILLAGE_OUT_OF_SCOPE) outside the user's data scope.
 */
@Resolver(() => FamilyModel)
export class FamilyMutationResolver {
  constructor(
    private readonly createHandler: CreateFamilyHandler,
    private readonly updateHandler: UpdateFamilyHandler,
    private readonly setHeadHandler: SetFamilyHeadHandler,
    private readonly deleteHandler: DeleteFamilyHandler,
    private readonly access: LocationAccess,
  ) {}

  @RequireRights(Right.FamilyAdd)
  @Mutation(() => FamilyPayload, { description: 'Registers a family with its head' })
  async createFamily(@Args('input') { clientMutationId, ...data }: CreateFamilyInput, @CurrentUser() user: RequestUser) {
    const result = await this.createHandler.execute({ data, meta: commandMeta(user, clientMutationId), scope: await this.access.data(user) });
    return familyPayload(result, clientMutationId);
  }

  @RequireRights(Right.FamilyEdit)
  @Mutation(() => FamilyPayload, { description: "Changes a family's details; the previous version is kept in the history" })
  async updateFamily(@Args('input') { clientMutationId, ...data }: UpdateFamilyInput, @CurrentUser() user: RequestUser) {
    const result = await this.updateHandler.execute({ data, meta: commandMeta(user, clientMutationId), scope: await this.access.data(user) });
    return familyPayload(result, clientMutationId);
  }

  @RequireRights(Right.FamilyEdit)
  @Mutation(() => FamilyPayload, { description: 'Makes another member the head of the family' })
  async setFamilyHead(@Args('input') { clientMutationId, ...data }: SetFamilyHeadInput, @CurrentUser() user: RequestUser) {
    const result = await this.setHeadHandler.execute({ data, meta: commandMeta(user, clientMutationId), scope: await this.access.data(user) });
    return familyPayload(result, clientMutationId);
  }

  @RequireRights(Right.FamilyDelete)
  @Mutation(() => FamilyPayload, { description: 'Deletes a family (kept as history), with its members or leaving them without a family' })
  async deleteFamily(@Args('input') { clientMutationId, ...data }: DeleteFamilyInput, @CurrentUser() user: RequestUser) {
    const result = await this.deleteHandler.execute({ data, meta: commandMeta(user, clientMutationId), scope: await this.access.data(user) });
    return familyPayload(result, clientMutationId);
  }
}
