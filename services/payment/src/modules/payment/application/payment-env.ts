import { Inject } from '@nestjs/common';

/** What the payment module reads of the service's environment (src/config/payment.config.ts). */
export interface PaymentMatchingEnv {
  readonly PAYMENT_MATCH_CHUNK: number;
  /** The Notifier adapter of the payers' feedback (@imis/notification). */
  readonly PAYMENT_NOTIFIER: string;
}

export interface PaymentGatewayEnv {
  readonly PAYMENT_GATEWAY_URL?: string | undefined;
  readonly PAYMENT_GATEWAY_SECRET?: string | undefined;
  readonly PAYMENT_GATEWAY_WINDOW_SECONDS: number;
  readonly PAYMENT_GATEWAY_TIMEOUT_MS: number;
}

export type PaymentModuleEnv = PaymentMatchingEnv & PaymentGatewayEnv;

export const PAYMENT_ENV = Symbol('PaymentEnv');

export const InjectPaymentEnv = () => Inject(PAYMENT_ENV);
