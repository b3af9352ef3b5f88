import { EntityManager } from '@mikro-orm/postgresql';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { commandError, runUseCase } from '@imis/application';
import { commandMeta, CurrentUser, LocationAccess, type RequestUser, RequireRights, Right } from '@imis/auth';
import { BatchLoader, ConnectionArgs, type GraphQLContext, pageOf, perRequest, toConnection } from '@imis/graphql';
import { CreatePaymentIntent } from '../application/create-payment-intent.command';
import { MatchPayments } from '../application/match-payments.command';
import type { PaymentCommandMeta } from '../application/payment-command-meta';
import { PaymentQueries } from '../application/payment.queries';
import type { PaymentNotificationView } from '../application/payment.view';
import { ReceivePayment } from '../application/receive-payment.command';
import { RequestControlNumber } from '../application/request-control-number.command';
import {
  CreatePaymentIntentInput,
  MatchPaymentsInput,
  PaymentConnection,
  PaymentFilterInput,
  PaymentMatchingPayload,
  PaymentModel,
  PaymentNotificationModel,
  PaymentPayload,
  ReceivePaymentInput,
  RequestControlNumberInput,
} from './payment.models';

const NOTIFICATIONS = Symbol('payment-notifications');

/**
 * Payments over GraphQL (rights 101401 search, 101402 add, 101403 edit): a caller sees the payments naming an
 * insuree of a family in its data scope; any other does not exist for it.
 */
@Resolver(() => PaymentModel)
export class PaymentResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly locations: LocationAccess,
    private readonly queries: PaymentQueries,
    private readonly createIntent: CreatePaymentIntent,
    private readonly requestNumber: RequestControlNumber,
    private readonly receive: ReceivePayment,
    private readonly match: MatchPayments,
  ) {}

  @RequireRights(Right.PaymentSearch)
  @Query(() => PaymentConnection, { description: 'Payments in your scope matching the filter, oldest first' })
  async payments(
    @CurrentUser() user: RequestUser,
    @Args() args: ConnectionArgs,
    @Args('filter', { type: () => PaymentFilterInput, nullable: true }) filter?: PaymentFilterInput | null,
  ): Promise<PaymentConnection> {
    const page = pageOf(args);
    const { rows, totalCount } = await this.queries.page(filter ?? {}, page, await this.locations.data(user));
    return toConnection(rows, page, totalCount);
  }

  @RequireRights(Right.PaymentSearch)
  @Query(() => PaymentModel, { nullable: true, description: 'A payment; null when unknown or out of your scope' })
  async payment(@CurrentUser() user: RequestUser, @Args('id', { type: () => ID }) id: string): Promise<PaymentModel | null> {
    return (await this.queries.byIds([id], await this.locations.data(user))).get(id) ?? null;
  }

  @ResolveField(() => [PaymentNotificationModel], { description: 'The SMS feedback the payer was given after matching (§5.4), oldest first' })
  async notifications(@Parent() payment: PaymentModel, @Context() context: GraphQLContext): Promise<PaymentNotificationView[]> {
    const loader = perRequest(context, NOTIFICATIONS, () => new BatchLoader<string, PaymentNotificationView[]>((ids) => this.queries.notificationsOf(ids), []));
    return loader.load(payment.id);
  }

  @RequireRights(Right.PaymentAdd)
  @Mutation(() => PaymentPayload, { description: 'Records an intent to pay (§5.1): INTENT with its expected amounts, or INTENT_INVALID with the openIMIS code as reason' })
  async createPaymentIntent(@Args('input') { clientMutationId, ...input }: CreatePaymentIntentInput, @CurrentUser() user: RequestUser): Promise<PaymentPayload> {
    const result = await runUseCase(this.em, this.createIntent, input, await this.meta(user, clientMutationId));
    return { payment: result.payment ?? null, errors: result.errors, clientMutationId: clientMutationId ?? null };
  }

  @RequireRights(Right.PaymentAdd, Right.PaymentEdit)
  @Mutation(() => PaymentPayload, { description: 'Asks the payment gateway for a control number for an intent; the number arrives through its callback' })
  async requestControlNumber(@Args('input') { clientMutationId, paymentId }: RequestControlNumberInput, @CurrentUser() user: RequestUser): Promise<PaymentPayload> {
    const result = await this.requestNumber.run(paymentId, await this.meta(user, clientMutationId));
    return { payment: result.payment ?? null, errors: result.errors, clientMutationId: clientMutationId ?? null };
  }

  @RequireRights(Right.PaymentAdd)
  @Mutation(() => PaymentPayload, {
    description: 'Enters a received payment by hand (§5.3), as the gateway’s notification does; a refused receipt is recorded as a REJECTED payment and returned with the error',
  })
  async receivePayment(@Args('input') { clientMutationId, ...input }: ReceivePaymentInput, @CurrentUser() user: RequestUser): Promise<PaymentPayload> {
    const result = await runUseCase(this.em, this.receive, { ...input, origin: 'MANUAL' }, await this.meta(user, clientMutationId));
    const refusal = result.refusal ? [commandError(result.refusal.code, result.refusal.message, result.refusal.field)] : [];
    return { payment: result.payment ?? null, errors: [...result.errors, ...refusal], clientMutationId: clientMutationId ?? null };
  }

  @RequireRights(Right.PaymentEdit)
  @Mutation(() => PaymentMatchingPayload, { description: 'Matches every received payment now (§5.4), as a job' })
  async matchPayments(
    @Args('input', { type: () => MatchPaymentsInput, nullable: true }) input: MatchPaymentsInput | null,
    @CurrentUser() user: RequestUser,
  ): Promise<PaymentMatchingPayload> {
    const clientMutationId = input?.clientMutationId ?? null;
    const result = await runUseCase(this.em, this.match, {}, commandMeta(user, clientMutationId));
    return { matching: result.jobId ? { jobId: result.jobId } : null, errors: result.errors, clientMutationId };
  }

  private async meta(user: RequestUser, clientMutationId?: string | null): Promise<PaymentCommandMeta> {
    return { ...commandMeta(user, clientMutationId), scope: await this.locations.data(user) };
  }
}
