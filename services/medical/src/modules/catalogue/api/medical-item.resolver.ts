import { EntityManager } from '@mikro-orm/postgresql';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type CommandResult, runUseCase } from '@imis/application';
import { commandMeta, CurrentUser, type RequestUser, RequireRights, Right } from '@imis/auth';
import { ConnectionArgs, pageOf, toConnection } from '@imis/graphql';
import { CatalogueQueries } from '../application/catalogue.queries';
import { CreateMedicalItem } from '../application/create-medical-item.command';
import { DeleteMedicalItem } from '../application/delete-medical-item.command';
import type { MedicalItemView } from '../application/medical-item.view';
import { UpdateMedicalItem } from '../application/update-medical-item.command';
import { toMedicalItemModel, toMedicalItemVersionModel } from './catalogue.mapper';
import { MedicalItemConnection, MedicalItemPayload } from './catalogue.payloads';
import { CreateMedicalItemInput, DeleteMedicalItemInput, MedicalItemFilterInput, UpdateMedicalItemInput } from './medical-item.inputs';
import { MedicalItemModel, MedicalItemVersionModel } from './medical-item.model';

/** Medical items: national reference data, guarded by rights only (122101–122104), no location scope. */
@Resolver(() => MedicalItemModel)
export class MedicalItemResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: CatalogueQueries,
    private readonly createUseCase: CreateMedicalItem,
    private readonly updateUseCase: UpdateMedicalItem,
    private readonly deleteUseCase: DeleteMedicalItem,
  ) {}

  @RequireRights(Right.MedicalItemSearch)
  @Query(() => MedicalItemConnection, { description: 'Current medical items matching the filter, in creation order' })
  async medicalItems(
    @Args() page: ConnectionArgs,
    @Args('filter', { type: () => MedicalItemFilterInput, nullable: true }) filter?: MedicalItemFilterInput | null,
  ): Promise<MedicalItemConnection> {
    const window = pageOf(page);
    const { rows, totalCount } = await this.queries.items({ ...filter }, window);
    return toConnection(rows, window, totalCount, toMedicalItemModel);
  }

  @RequireRights(Right.MedicalItemSearch)
  @Query(() => MedicalItemModel, { nullable: true, description: 'A current medical item; null when unknown or deleted' })
  async medicalItem(@Args('id', { type: () => ID }) id: string): Promise<MedicalItemModel | null> {
    const view = await this.queries.item(id);
    return view && toMedicalItemModel(view);
  }

  @RequireRights(Right.MedicalItemSearch)
  @Query(() => [MedicalItemVersionModel], { description: 'Past versions of a medical item, oldest first' })
  async medicalItemHistory(@Args('id', { type: () => ID }) id: string): Promise<MedicalItemVersionModel[]> {
    return (await this.queries.itemHistory(id)).map(toMedicalItemVersionModel);
  }

  @RequireRights(Right.MedicalItemAdd)
  @Mutation(() => MedicalItemPayload, { description: 'Adds a drug or consumable to the register' })
  async createMedicalItem(@Args('input') { clientMutationId, ...data }: CreateMedicalItemInput, @CurrentUser() user: RequestUser) {
    return payload(await runUseCase(this.em, this.createUseCase, data, commandMeta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.MedicalItemEdit)
  @Mutation(() => MedicalItemPayload, { description: 'Changes a medical item; the previous version is kept in the history' })
  async updateMedicalItem(@Args('input') { clientMutationId, ...data }: UpdateMedicalItemInput, @CurrentUser() user: RequestUser) {
    return payload(await runUseCase(this.em, this.updateUseCase, data, commandMeta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.MedicalItemDelete)
  @Mutation(() => MedicalItemPayload, { description: 'Deletes a medical item (kept as history) unless a current package holds it' })
  async deleteMedicalItem(@Args('input') { clientMutationId, ...data }: DeleteMedicalItemInput, @CurrentUser() user: RequestUser) {
    return payload(await runUseCase(this.em, this.deleteUseCase, data, commandMeta(user, clientMutationId)), clientMutationId);
  }
}

function payload(result: CommandResult<{ item: MedicalItemView }>, clientMutationId?: string | null): MedicalItemPayload {
  return { item: result.item ? toMedicalItemModel(result.item) : null, errors: result.errors, clientMutationId: clientMutationId ?? null };
}
