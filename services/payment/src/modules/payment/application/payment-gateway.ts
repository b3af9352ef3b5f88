/**
 * The port to a mobile-money gateway that issues control numbers (§5.2). An adapter sends the request and
 * answers with the gateway's acknowledgement; the number itself comes later through the signed callback
 * (POST /payment-gateway/notifications), as does the notification that the payment was received.
 */
export interface ControlNumberRequest {
  readonly paymentId: string;
  readonly amount: string | null;
  readonly phone: string | null;
  readonly language: string | null;
}

export type ControlNumberAcknowledgement =
  | { readonly acknowledged: true }
  | { readonly acknowledged: false; readonly reason: string }
  | { readonly acknowledged: null; readonly reason: string };

export abstract class PaymentGateway {
  /** acknowledged true: the gateway took the request; false: it refused it; null: no answer (network, timeout). */
  abstract requestControlNumber(request: ControlNumberRequest): Promise<ControlNumberAcknowledgement>;
}
