import { EntityManager } from '@mikro-orm/postgresql';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { runUseCase, type CommandResult } from '@imis/application';
import { CurrentUser, type RequestUser, RequireRights } from '@imis/auth';
import { CreatePriceList } from '../application/create-price-list.command';
import { DeletePriceList } from '../application/delete-price-list.command';
import { DuplicatePriceList } from '../application/duplicate-price-list.command';
import { PriceListAccess } from '../application/price-list-access';
import type { PriceListView } from '../application/price-list.view';
import { UpdatePriceList } from '../application/update-price-list.command';
import { itemRows, serviceRows } from './price-list-detail.input';
import { PriceListPayload } from './price-list.connection';
import {
  CreateItemsPriceListInput,
  CreateServicesPriceListInput,
  DeletePriceListInput,
  DuplicatePriceListInput,
  UpdateItemsPriceListInput,
  UpdateServicesPriceListInput,
} from './price-list.inputs';
import { toPriceListModel } from './price-list.mapper';
import { PriceListModel } from './price-list.model';
import { PriceListRight } from './price-list-rights';

/**
 * Changes to price lists, each under its openIMIS right and recorded as made by the verified user. A list
 * the user may not see or change answers PRICE_LIST_NOT_FOUND, as an unknown one.
 */
@Resolver(() => PriceListModel)
export class PriceListMutationResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly access: PriceListAccess,
    private readonly createUseCase: CreatePriceList,
    private readonly updateUseCase: UpdatePriceList,
    private readonly duplicateUseCase: DuplicatePriceList,
    private readonly deleteUseCase: DeletePriceList,
  ) {}

  @RequireRights(PriceListRight.ItemsAdd)
  @Mutation(() => PriceListPayload, { description: 'Creates an items price list with its rows' })
  async createItemsPriceList(@Args('input') { clientMutationId, details, ...data }: CreateItemsPriceListInput, @CurrentUser() user: RequestUser) {
    const input = { kind: 'ITEMS' as const, ...data, details: itemRows(details) };
    return payload(await runUseCase(this.em, this.createUseCase, input, await this.access.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(PriceListRight.ServicesAdd)
  @Mutation(() => PriceListPayload, { description: 'Creates a services price list with its rows' })
  async createServicesPriceList(@Args('input') { clientMutationId, details, ...data }: CreateServicesPriceListInput, @CurrentUser() user: RequestUser) {
    const input = { kind: 'SERVICES' as const, ...data, details: serviceRows(details) };
    return payload(await runUseCase(this.em, this.createUseCase, input, await this.access.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(PriceListRight.ItemsEdit)
  @Mutation(() => PriceListPayload, { description: 'Changes an items price list; the previous version, rows included, is kept in the history' })
  async updateItemsPriceList(@Args('input') { clientMutationId, details, ...data }: UpdateItemsPriceListInput, @CurrentUser() user: RequestUser) {
    const input = { kind: 'ITEMS' as const, ...data, details: itemRows(details) };
    return payload(await runUseCase(this.em, this.updateUseCase, input, await this.access.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(PriceListRight.ServicesEdit)
  @Mutation(() => PriceListPayload, { description: 'Changes a services price list; the previous version, rows included, is kept in the history' })
  async updateServicesPriceList(@Args('input') { clientMutationId, details, ...data }: UpdateServicesPriceListInput, @CurrentUser() user: RequestUser) {
    const input = { kind: 'SERVICES' as const, ...data, details: serviceRows(details) };
    return payload(await runUseCase(this.em, this.updateUseCase, input, await this.access.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(PriceListRight.ItemsDuplicate)
  @Mutation(() => PriceListPayload, { description: 'Copies an items price list (its rows of current items) under a new name' })
  async duplicateItemsPriceList(@Args('input') { clientMutationId, ...data }: DuplicatePriceListInput, @CurrentUser() user: RequestUser) {
    return payload(await runUseCase(this.em, this.duplicateUseCase, { kind: 'ITEMS', ...data }, await this.access.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(PriceListRight.ServicesDuplicate)
  @Mutation(() => PriceListPayload, { description: 'Copies a services price list (its rows of current services) under a new name' })
  async duplicateServicesPriceList(@Args('input') { clientMutationId, ...data }: DuplicatePriceListInput, @CurrentUser() user: RequestUser) {
    return payload(await runUseCase(this.em, this.duplicateUseCase, { kind: 'SERVICES', ...data }, await this.access.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(PriceListRight.ItemsDelete)
  @Mutation(() => PriceListPayload, { description: 'Deletes an items price list (kept as history); facilities charging by it lose it' })
  async deleteItemsPriceList(@Args('input') { clientMutationId, ...data }: DeletePriceListInput, @CurrentUser() user: RequestUser) {
    return payload(await runUseCase(this.em, this.deleteUseCase, { kind: 'ITEMS', ...data }, await this.access.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(PriceListRight.ServicesDelete)
  @Mutation(() => PriceListPayload, { description: 'Deletes a services price list (kept as history); facilities charging by it lose it' })
  async deleteServicesPriceList(@Args('input') { clientMutationId, ...data }: DeletePriceListInput, @CurrentUser() user: RequestUser) {
    return payload(await runUseCase(this.em, this.deleteUseCase, { kind: 'SERVICES', ...data }, await this.access.meta(user, clientMutationId)), clientMutationId);
  }
}

function payload(result: CommandResult<{ priceList: PriceListView }>, clientMutationId?: string | null): PriceListPayload {
  return {
    priceList: result.priceList ? toPriceListModel(result.priceList) : null,
    errors: result.errors,
    clientMutationId: clientMutationId ?? null,
  };
}
