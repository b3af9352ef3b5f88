import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable, Optional } from '@nestjs/common';
import { type CommandMeta, refuse, type UseCase } from '@imis/application';
import { createEvent, paymentReceivedEvent, paymentRejectedEvent } from '@imis/contracts';
import { type DomainError, moneyToCents, normalizeMoney, today } from '@imis/kernel';
import { JobEnqueuer } from '@imis/jobs';
import { recordEvent } from '@imis/messaging';
import { readRows, uuidv7 } from '@imis/persistence';
import { paymentErrors } from '../domain/payment.errors';
import { PaymentDetail } from '../infrastructure/payment-detail.entity';
import { Payment } from '../infrastructure/payment.entity';
import { blankToNull, lengthErrors, MAX_DETAILS, moneyError, pastDateError } from './payment-input-checks';
import { paymentMatchingQueue } from './payment-matching.queue';
import { paymentState, paymentView, type PaymentView } from './payment.view';

export interface PaymentReceipt {
  /** The intent's number; absent: a payment without intent, described by its details. */
  controlNumber?: string | null;
  amount: string;
  transactionNo: string;
  receiptNo?: string | null;
  paymentDate: string;
  officerCode?: string | null;
  phone?: string | null;
  details?: { insuranceNumber: string; productCode: string }[] | null;
  /** GATEWAY (a notification) or MANUAL (receivePayment). */
  origin: 'GATEWAY' | 'MANUAL';
}

export interface ReceiptOutcome {
  payment: PaymentView;
  /** Set when the receipt was refused (§5.3 checks): `payment` is then the REJECTED row recording it. */
  refusal: DomainError | null;
}

/**
 * §5.3: a payment received, from the gateway's notification or entered by hand. With a control number it must
 * name an intent whose number was assigned (else CONTROL_NUMBER_UNKNOWN), pay exactly the expected amount
 * (PAYMENT_AMOUNT_MISMATCH) and not be received twice (PAYMENT_DUPLICATE: the intent already received, or the
 * transaction number already used): each failure is stored as a REJECTED row of its own, with a rejected event.
 * Success: the intent (or a new payment without intent) is RECEIVED, published, and a matching job is added in
 * the same transaction.
 */
@Injectable()
export class ReceivePayment implements UseCase<PaymentReceipt, ReceiptOutcome> {
  readonly operation = 'receivePayment';

  constructor(@Optional() private readonly jobs?: JobEnqueuer) {}

  async execute(tx: EntityManager, receipt: PaymentReceipt, { actor }: CommandMeta): Promise<ReceiptOutcome> {
    const controlNumber = blankToNull(receipt.controlNumber);
    const details = receipt.details ?? [];
    const errors = [
      ...moneyError(receipt.amount, 'amount'),
      ...pastDateError(receipt.paymentDate, today(), 'paymentDate'),
      ...(receipt.transactionNo.trim() === '' ? [paymentErrors.fieldTooLong('transactionNo', 50)] : []),
      ...lengthErrors({ controlNumber: [controlNumber, 50], transactionNo: [receipt.transactionNo, 50], receiptNo: [receipt.receiptNo, 100], officerCode: [receipt.officerCode, 8], phone: [receipt.phone, 50] }),
      ...(controlNumber === null && (details.length === 0 || details.length > MAX_DETAILS) ? [paymentErrors.detailsMissing()] : []),
      ...details.flatMap((detail, index) =>
        lengthErrors({ [`details.${index}.insuranceNumber`]: [detail.insuranceNumber, 12], [`details.${index}.productCode`]: [detail.productCode, 8] }).concat(
          detail.insuranceNumber.trim() === '' || detail.productCode.trim() === '' ? [paymentErrors.detailsMissing()] : [],
        ),
      ),
    ];
    if (errors.length > 0) refuse(...errors);
    const amount = normalizeMoney(receipt.amount);
    const transactionNo = receipt.transactionNo.trim();
    const fields = { receivedAmount: amount, transactionNo, receiptNo: blankToNull(receipt.receiptNo), paymentDate: receipt.paymentDate, receivedAt: new Date(), changedBy: actor };

    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`transaction-no:${transactionNo}`]);
    const used = await readRows(tx, `select 1 from payment where transaction_no = ? and status in ('RECEIVED', 'MATCHED')`, [transactionNo]);
    const intent = controlNumber
      ? await tx.findOne(Payment, { controlNumber, status: { $ne: 'REJECTED' } }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    const rejectWith = async (refusal: DomainError): Promise<ReceiptOutcome> => {
      const rejected = tx.create(Payment, {
        ...fields,
        id: uuidv7(),
        status: 'REJECTED',
        controlNumber,
        intentId: intent?.id ?? null,
        officerCode: blankToNull(receipt.officerCode),
        phone: blankToNull(receipt.phone),
        origin: receipt.origin,
        rejectedReason: `${refusal.code}: ${refusal.message}`.slice(0, 255),
      });
      const lines = this.lines(tx, rejected.id, details);
      await tx.flush();
      recordEvent(tx, createEvent(paymentRejectedEvent, { subject: rejected.id, data: paymentState(rejected, lines) }));
      return { payment: paymentView(rejected, lines), refusal };
    };

    if (used.length > 0 || intent?.status === 'RECEIVED' || intent?.status === 'MATCHED') return rejectWith(paymentErrors.duplicate());
    if (controlNumber !== null) {
      if (!intent || intent.status !== 'CONTROL_NUMBER_ASSIGNED') return rejectWith(paymentErrors.controlNumberUnknown());
      if (intent.expectedAmount === null || moneyToCents(Number(intent.expectedAmount).toFixed(2)) !== moneyToCents(amount)) {
        return rejectWith(paymentErrors.amountMismatch(intent.expectedAmount === null ? 'none' : Number(intent.expectedAmount).toFixed(2)));
      }
      Object.assign(intent, fields, { status: 'RECEIVED' });
      await tx.flush();
      return this.received(tx, intent, await tx.find(PaymentDetail, { paymentId: intent.id }));
    }
    const payment = tx.create(Payment, {
      ...fields,
      id: uuidv7(),
      status: 'RECEIVED',
      officerCode: blankToNull(receipt.officerCode),
      phone: blankToNull(receipt.phone),
      origin: receipt.origin,
    });
    const lines = this.lines(tx, payment.id, details);
    await tx.flush();
    return this.received(tx, payment, lines);
  }

  private lines(tx: EntityManager, paymentId: string, details: readonly { insuranceNumber: string; productCode: string }[]): PaymentDetail[] {
    return details.map((detail, position) =>
      tx.create(PaymentDetail, { id: uuidv7(), paymentId, position, insuranceNumber: detail.insuranceNumber.trim(), productCode: detail.productCode.trim() }),
    );
  }

  private received(tx: EntityManager, payment: Payment, details: PaymentDetail[]): ReceiptOutcome {
    recordEvent(tx, createEvent(paymentReceivedEvent, { subject: payment.id, data: paymentState(payment, details) }));
    this.jobs?.add(tx, paymentMatchingQueue, { paymentId: payment.id });
    return { payment: paymentView(payment, details), refusal: null };
  }
}
