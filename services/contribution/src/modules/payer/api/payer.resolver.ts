import { EntityManager } from '@mikro-orm/postgresql';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { runUseCase, type CommandResult } from '@imis/application';
import { CurrentUser, type RequestUser, RequireRights, Right } from '@imis/auth';
import { ConnectionArgs, pageOf, toConnection } from '@imis/graphql';
import { CreatePayer } from '../application/create-payer.command';
import { DeletePayer } from '../application/delete-payer.command';
import { PayerAccess } from '../application/payer-access';
import { PayerQueries } from '../application/payer.queries';
import type { PayerView } from '../application/payer.view';
import { UpdatePayer, type UpdatePayerData } from '../application/update-payer.command';
import { CreatePayerInput, PayerConnection, PayerFilterInput, PayerModel, PayerPayload, PayerRefInput, PayerVersionModel, UpdatePayerInput } from './payer.model';

const toPayerModel = (view: PayerView): PayerModel => Object.assign(new PayerModel(), view);

/**
 * Payers (rights 121801–121804): a caller sees national payers and those placed in its data scope or above,
 * and changes those placed in its data scope (national ones: an unrestricted scope). Others answer as unknown.
 */
@Resolver(() => PayerModel)
export class PayerResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly access: PayerAccess,
    private readonly queries: PayerQueries,
    private readonly createUseCase: CreatePayer,
    private readonly updateUseCase: UpdatePayer,
    private readonly deleteUseCase: DeletePayer,
  ) {}

  @RequireRights(Right.PayerSearch)
  @Query(() => PayerConnection, { description: 'Current payers you may see matching the filter, in creation order' })
  async payers(
    @CurrentUser() user: RequestUser,
    @Args() args: ConnectionArgs,
    @Args('filter', { type: () => PayerFilterInput, nullable: true }) filter?: PayerFilterInput | null,
  ): Promise<PayerConnection> {
    const page = pageOf(args);
    const { rows, totalCount } = await this.queries.search(filter ?? {}, page, await this.access.visible(user));
    return toConnection(rows, page, totalCount, toPayerModel);
  }

  @RequireRights(Right.PayerSearch)
  @Query(() => PayerModel, { nullable: true, description: 'A current payer; null when unknown, deleted or not visible to you' })
  async payer(@CurrentUser() user: RequestUser, @Args('id', { type: () => ID }) id: string): Promise<PayerModel | null> {
    const view = (await this.queries.byIds([id], await this.access.visible(user))).get(id);
    return view ? toPayerModel(view) : null;
  }

  @RequireRights(Right.PayerSearch)
  @Query(() => [PayerVersionModel], { description: 'Past versions of a payer (current or deleted), oldest first' })
  async payerHistory(@CurrentUser() user: RequestUser, @Args('id', { type: () => ID }) id: string): Promise<PayerVersionModel[]> {
    return (await this.queries.history(id, await this.access.visible(user))).map((view) => Object.assign(new PayerVersionModel(), view));
  }

  @RequireRights(Right.PayerAdd)
  @Mutation(() => PayerPayload, { description: 'Creates a payer' })
  async createPayer(@Args('input') { clientMutationId, ...data }: CreatePayerInput, @CurrentUser() user: RequestUser): Promise<PayerPayload> {
    return payload(await runUseCase(this.em, this.createUseCase, data, await this.access.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.PayerEdit)
  @Mutation(() => PayerPayload, { description: 'Changes a payer (absent fields unchanged)' })
  async updatePayer(@Args('input') { clientMutationId, ...data }: UpdatePayerInput, @CurrentUser() user: RequestUser): Promise<PayerPayload> {
    return payload(await runUseCase(this.em, this.updateUseCase, data as UpdatePayerData, await this.access.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.PayerDelete)
  @Mutation(() => PayerPayload, { description: 'Deletes a payer (kept as history); its premiums keep naming it' })
  async deletePayer(@Args('input') { clientMutationId, ...data }: PayerRefInput, @CurrentUser() user: RequestUser): Promise<PayerPayload> {
    return payload(await runUseCase(this.em, this.deleteUseCase, data, await this.access.meta(user, clientMutationId)), clientMutationId);
  }
}

function payload(result: CommandResult<{ payer: PayerView }>, clientMutationId?: string | null): PayerPayload {
  return { payer: result.payer ? toPayerModel(result.payer) : null, errors: result.errors, clientMutationId: clientMutationId ?? null };
}
