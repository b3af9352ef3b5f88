import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type CommandError, commandError, inTransaction, refuse, runUseCase, type UseCase } from '@imis/application';
import type { DomainError } from '@imis/kernel';
import { createEvent, paymentRejectedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { paymentErrors } from '../domain/payment.errors';
import { PaymentDetail } from '../infrastructure/payment-detail.entity';
import { Payment } from '../infrastructure/payment.entity';
import type { PaymentCommandMeta } from './payment-command-meta';
import { PaymentGateway } from './payment-gateway';
import { PaymentAccessCheck } from './payment-access.check';
import { paymentState, paymentView, type PaymentView } from './payment.view';

/** INTENT → CONTROL_NUMBER_REQUESTED (its own transaction, committed before the gateway is called). */
@Injectable()
export class MarkControlNumberRequested implements UseCase<{ paymentId: string }, { payment: PaymentView }, PaymentCommandMeta> {
  readonly operation = 'requestControlNumber';

  constructor(private readonly access: PaymentAccessCheck) {}

  async execute(tx: EntityManager, { paymentId }: { paymentId: string }, { actor, scope }: PaymentCommandMeta): Promise<{ payment: PaymentView }> {
    const payment = await tx.findOne(Payment, { id: paymentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!payment || !(await this.access.sees(tx, payment.id, scope))) refuse(paymentErrors.notFound());
    if (payment.status !== 'INTENT') refuse(paymentErrors.notAnIntent(payment.status));
    payment.status = 'CONTROL_NUMBER_REQUESTED';
    payment.changedBy = actor;
    await tx.flush();
    return { payment: paymentView(payment, await tx.find(PaymentDetail, { paymentId })) };
  }
}

/**
 * The gateway's answer (§5.2): acknowledged → CONTROL_NUMBER_POSTED; refused → REJECTED with its reason and a
 * rejected event. An answer arriving after the number itself (the callback overtook it) changes nothing.
 */
@Injectable()
export class RecordGatewayAnswer implements UseCase<{ paymentId: string; refusedReason: string | null }, { payment: PaymentView }, PaymentCommandMeta> {
  readonly operation = 'recordGatewayAnswer';

  async execute(tx: EntityManager, { paymentId, refusedReason }: { paymentId: string; refusedReason: string | null }, { actor }: PaymentCommandMeta) {
    const payment = await tx.findOneOrFail(Payment, { id: paymentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const details = await tx.find(PaymentDetail, { paymentId });
    if (payment.status !== 'CONTROL_NUMBER_REQUESTED') return { payment: paymentView(payment, details) };
    payment.changedBy = actor;
    if (refusedReason === null) payment.status = 'CONTROL_NUMBER_POSTED';
    else {
      payment.status = 'REJECTED';
      payment.rejectedReason = paymentErrors.gatewayRefused(refusedReason).message;
    }
    await tx.flush();
    if (payment.status === 'REJECTED') recordEvent(tx, createEvent(paymentRejectedEvent, { subject: payment.id, data: paymentState(payment, details) }));
    return { payment: paymentView(payment, details) };
  }
}

/**
 * requestControlNumber: marks the intent requested, asks the gateway (outside any transaction: a slow
 * gateway holds no lock), then records its answer. No answer leaves it requested, with an error saying so;
 * the gateway's callback may still assign the number.
 */
@Injectable()
export class RequestControlNumber {
  constructor(
    private readonly em: EntityManager,
    private readonly gateway: PaymentGateway,
    private readonly mark: MarkControlNumberRequested,
    private readonly answer: RecordGatewayAnswer,
  ) {}

  async run(paymentId: string, meta: PaymentCommandMeta): Promise<{ payment?: PaymentView; errors: CommandError[] }> {
    const marked = await runUseCase(this.em, this.mark, { paymentId }, meta);
    if (!marked.payment || marked.errors.length > 0) return marked;
    const { payment } = marked;
    const ack = await this.gateway.requestControlNumber({ paymentId, amount: payment.expectedAmount, phone: payment.phone, language: payment.language });
    if (ack.acknowledged === null) return { payment, errors: [asCommandError(paymentErrors.gatewayUnavailable())] };
    const recorded = await inTransaction(this.em, (tx) => this.answer.execute(tx, { paymentId, refusedReason: ack.acknowledged ? null : ack.reason }, meta));
    return { payment: recorded.payment, errors: ack.acknowledged ? [] : [asCommandError(paymentErrors.gatewayRefused(ack.reason))] };
  }
}

const asCommandError = (error: DomainError): CommandError => commandError(error.code, error.message, error.field);
