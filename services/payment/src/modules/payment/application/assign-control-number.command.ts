import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type CommandMeta, refuse, type UseCase } from '@imis/application';
import { controlNumberAssignedEvent, createEvent, paymentRejectedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { readRows } from '@imis/persistence';
import { AWAITING_CONTROL_NUMBER } from '../domain/payment-status';
import { paymentErrors } from '../domain/payment.errors';
import { PaymentDetail } from '../infrastructure/payment-detail.entity';
import { Payment } from '../infrastructure/payment.entity';
import { paymentState, paymentView, type PaymentView } from './payment.view';

export interface ControlNumberAssignment {
  paymentId: string;
  controlNumber: string;
}

export interface AssignmentOutcome {
  payment: PaymentView;
  refusal: { code: string; message: string } | null;
}

/**
 * §5.2: the gateway assigned a number → CONTROL_NUMBER_ASSIGNED and its event. A number another payment
 * holds → the intent REJECTED (rejected event), returned with the refusal. An unknown payment, or one not
 * waiting for a number, is refused.
 */
@Injectable()
export class AssignControlNumber implements UseCase<ControlNumberAssignment, AssignmentOutcome> {
  readonly operation = 'assignControlNumber';

  async execute(tx: EntityManager, { paymentId, controlNumber }: ControlNumberAssignment, { actor }: CommandMeta): Promise<AssignmentOutcome> {
    const payment = await tx.findOne(Payment, { id: paymentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!payment || !AWAITING_CONTROL_NUMBER.includes(payment.status)) refuse(paymentErrors.notFound());
    const details = await tx.find(PaymentDetail, { paymentId });
    // Serialises assignments of one number: the second waits, then sees the first.
    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`control-number:${controlNumber}`]);
    const taken = await readRows(tx, `select 1 from payment where control_number = ? and status <> 'REJECTED' and id <> ?`, [controlNumber, paymentId]);
    payment.controlNumber = controlNumber;
    payment.changedBy = actor;
    if (taken.length > 0) {
      const refusal = paymentErrors.controlNumberDuplicate();
      payment.status = 'REJECTED';
      payment.rejectedReason = `${refusal.code}: ${controlNumber}`;
      await tx.flush();
      recordEvent(tx, createEvent(paymentRejectedEvent, { subject: payment.id, data: paymentState(payment, details) }));
      return { payment: paymentView(payment, details), refusal };
    }
    payment.status = 'CONTROL_NUMBER_ASSIGNED';
    await tx.flush();
    recordEvent(tx, createEvent(controlNumberAssignedEvent, { subject: payment.id, data: paymentState(payment, details) }));
    return { payment: paymentView(payment, details), refusal: null };
  }
}
