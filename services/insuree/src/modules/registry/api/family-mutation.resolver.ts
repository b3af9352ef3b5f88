import { EntityManager } from '@mikro-orm/postgresql';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { runUseCase } from '@imis/application';
import { commandMeta, CurrentUser, LocationAccess, RequireRights, Right, type RequestUser } from '@imis/auth';
import type { ScopedCommandMeta } from '../../../shared/application/scoped-command-meta';
import { CreateFamily } from '../application/create-family.command';
import { DeleteFamily } from '../application/delete-family.command';
import { SetFamilyHead } from '../application/set-family-head.command';
import { UpdateFamily } from '../application/update-family.command';
import { CreateFamilyInput, DeleteFamilyInput, SetFamilyHeadInput, UpdateFamilyInput } from './family.inputs';
import { FamilyModel } from './family.model';
import { FamilyPayload } from './family.payload';
import { familyPayload } from './registry-payloads';

/**
 * Changes to families: each needs its openIMIS right, is recorded as made by the verified user, and is
 * answers a family or village outside the user's data scope as an unknown id (FAMILY_NOT_FOUND,
 * FAMILY_VILLAGE_NOT_VILLAGE).
 */
@Resolver(() => FamilyModel)
export class FamilyMutationResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly createUseCase: CreateFamily,
    private readonly updateUseCase: UpdateFamily,
    private readonly setHeadUseCase: SetFamilyHead,
    private readonly deleteUseCase: DeleteFamily,
    private readonly access: LocationAccess,
  ) {}

  @RequireRights(Right.FamilyAdd)
  @Mutation(() => FamilyPayload, { description: 'Registers a family with its head' })
  async createFamily(@Args('input') { clientMutationId, ...data }: CreateFamilyInput, @CurrentUser() user: RequestUser) {
    return familyPayload(await runUseCase(this.em, this.createUseCase, data, await this.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.FamilyEdit)
  @Mutation(() => FamilyPayload, { description: "Changes a family's details; the previous version is kept in the history" })
  async updateFamily(@Args('input') { clientMutationId, ...data }: UpdateFamilyInput, @CurrentUser() user: RequestUser) {
    return familyPayload(await runUseCase(this.em, this.updateUseCase, data, await this.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.FamilyEdit)
  @Mutation(() => FamilyPayload, { description: 'Makes another member the head of the family' })
  async setFamilyHead(@Args('input') { clientMutationId, ...data }: SetFamilyHeadInput, @CurrentUser() user: RequestUser) {
    return familyPayload(await runUseCase(this.em, this.setHeadUseCase, data, await this.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.FamilyDelete)
  @Mutation(() => FamilyPayload, { description: 'Deletes a family (kept as history), with its members or leaving them without a family' })
  async deleteFamily(@Args('input') { clientMutationId, ...data }: DeleteFamilyInput, @CurrentUser() user: RequestUser) {
    return familyPayload(await runUseCase(this.em, this.deleteUseCase, data, await this.meta(user, clientMutationId)), clientMutationId);
  }

  /** The verified user as the actor, and its data scope. */
  private async meta(user: RequestUser, clientMutationId?: string | null): Promise<ScopedCommandMeta> {
    return { ...commandMeta(user, clientMutationId), scope: await this.access.data(user) };
  }
}
