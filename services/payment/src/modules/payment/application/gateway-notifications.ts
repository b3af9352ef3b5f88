import { createHash } from 'crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { runUseCase } from '@imis/application';
import { uuidv7 } from '@imis/persistence';
import { checkSignature } from '../domain/signature';
import { GatewayNotification } from '../infrastructure/gateway-notification.entity';
import { AssignControlNumber } from './assign-control-number.command';
import { claimedIdOf, type GatewayNotificationBody, gatewayNotificationSchema } from './gateway-notification.schema';
import { InjectPaymentEnv, type PaymentGatewayEnv } from './payment-env';
import { ReceivePayment } from './receive-payment.command';

export const GATEWAY_ACTOR = 'system:payment-gateway';
/** A notification is a few hundred bytes; anything much larger is not one. */
export const MAX_NOTIFICATION_BYTES = 16 * 1024;

export interface NotificationAnswer {
  status: number;
  body: { outcome: 'ACCEPTED' | 'REFUSED'; code?: string; paymentId?: string };
}

const CONFLICTS = new Set(['PAYMENT_DUPLICATE', 'CONTROL_NUMBER_DUPLICATE']);

/**
 * The gateway's callback (§5.2, §5.3): authenticates a notification (HMAC-SHA256 of timestamp and raw body,
 * timestamp within PAYMENT_GATEWAY_WINDOW_SECONDS), refuses a replay (its id is stored unique), checks the body
 * strictly, then assigns the control number or receives the payment. The log row, the payment's change (or
 * its REJECTED row) and its event commit in one transaction; every refusal is logged with its code.
 */
@Injectable()
export class GatewayNotifications {
  constructor(
    private readonly em: EntityManager,
    private readonly assign: AssignControlNumber,
    private readonly receive: ReceivePayment,
    @InjectPaymentEnv() private readonly env: PaymentGatewayEnv,
  ) {}

  async handle(raw: Buffer | undefined, headers: { timestamp?: string; signature?: string }, nowSeconds = Math.floor(Date.now() / 1000)): Promise<NotificationAnswer> {
    const body = raw ?? Buffer.alloc(0);
    const digest = { bodySha256: createHash('sha256').update(body).digest('hex'), bodyLength: body.length };
    const secret = this.env.PAYMENT_GATEWAY_SECRET;
    if (!secret) return this.refused(digest, null, 503, 'GATEWAY_NOT_CONFIGURED');
    if (body.length > MAX_NOTIFICATION_BYTES) return this.refused(digest, null, 413, 'NOTIFICATION_TOO_LARGE');
    const parsed = parseJson(body);
    const claimedId = claimedIdOf(parsed);
    const signature = checkSignature(secret, { timestamp: headers.timestamp, signature: headers.signature }, body, nowSeconds, this.env.PAYMENT_GATEWAY_WINDOW_SECONDS);
    if (signature !== 'VALID') return this.refused(digest, claimedId, 401, signature);
    const notification = gatewayNotificationSchema.safeParse(parsed);
    if (!notification.success) return this.refused(digest, claimedId, 400, 'NOTIFICATION_INVALID');
    try {
      return await this.em.fork().transactional(async (tx) => {
        const log = tx.create(GatewayNotification, { id: uuidv7(), notificationId: notification.data.id, claimedId, kind: notification.data.type, outcome: 'ACCEPTED', ...digest });
        await tx.flush();
        const answer = await this.dispatch(tx, notification.data);
        Object.assign(log, { outcome: answer.body.outcome, code: answer.body.code ?? null, paymentId: answer.body.paymentId ?? null });
        await tx.flush();
        return answer;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) return this.refused(digest, claimedId, 409, 'NOTIFICATION_REPLAYED', notification.data.type);
      throw error;
    }
  }

  private async dispatch(tx: EntityManager, notification: GatewayNotificationBody): Promise<NotificationAnswer> {
    const meta = { actor: GATEWAY_ACTOR };
    if (notification.type === 'CONTROL_NUMBER_ASSIGNED') {
      const result = await runUseCase(tx, this.assign, { paymentId: notification.paymentId, controlNumber: notification.controlNumber }, meta);
      if (!result.payment) return refusal(422, result.errors[0]?.code === 'PAYMENT_NOT_FOUND' ? 'PAYMENT_NOT_AWAITING_CONTROL_NUMBER' : (result.errors[0]?.code ?? 'NOTIFICATION_INVALID'));
      return result.refusal ? refusal(409, result.refusal.code, result.payment.id) : accepted(result.payment.id);
    }
    const { id: _id, type: _type, ...receipt } = notification;
    const result = await runUseCase(tx, this.receive, { ...receipt, origin: 'GATEWAY' }, meta);
    if (!result.payment) return refusal(400, result.errors[0]?.code ?? 'NOTIFICATION_INVALID');
    if (result.refusal) return refusal(CONFLICTS.has(result.refusal.code) ? 409 : 422, result.refusal.code, result.payment.id);
    return accepted(result.payment.id);
  }

  private async refused(digest: { bodySha256: string; bodyLength: number }, claimedId: string | null, status: number, code: string, kind: string | null = null): Promise<NotificationAnswer> {
    const em = this.em.fork();
    await em.persist(em.create(GatewayNotification, { id: uuidv7(), claimedId, kind, outcome: 'REFUSED', code, ...digest })).flush();
    return refusal(status, code);
  }
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

const accepted = (paymentId: string): NotificationAnswer => ({ status: 200, body: { outcome: 'ACCEPTED', paymentId } });
const refusal = (status: number, code: string, paymentId?: string): NotificationAnswer => ({ status, body: { outcome: 'REFUSED', code, ...(paymentId ? { paymentId } : {}) } });
