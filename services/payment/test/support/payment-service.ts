import { randomBytes } from 'crypto';
import { loadConfig } from '@imis/config';
import { ServiceTestApp, TestAuthority, type TestUser } from '@imis/testing';
import { FakePaymentGateway } from './fake-payment-gateway';
import { paymentService } from '../../src/service';

/** The user the tests act as unless they say otherwise: an IMIS Administrator (every right, everywhere). */
export const ADMINISTRATOR = { id: '0190e0c0-0000-7000-8000-00000000ad01', username: 'admin', admin: true } as const satisfies TestUser;

export interface PaymentTestContext {
  service: ServiceTestApp;
  authority: TestAuthority;
  gateway: FakePaymentGateway;
  /** The shared secret, generated for this test file. */
  secret: string;
}

/**
 * The payment service in-process on a random port, with its own database, event prefix and job queue
 * prefix, trusting the keys of a TestAuthority, and a fake payment gateway (tools/fake-payment-gateway)
 * sharing a secret generated here. A request without headers acts as ADMINISTRATOR.
 */
export async function startPayment(): Promise<PaymentTestContext> {
  const authority = await TestAuthority.create();
  const secret = randomBytes(32).toString('hex');
  const gateway = await FakePaymentGateway.start({ callbackUrl: 'http://127.0.0.1:1/unset', secret });
  const service = await ServiceTestApp.start(
    paymentService.name,
    (env) => paymentService.app(loadConfig(paymentService.envSchema, env)),
    {
      AUTH_JWKS: authority.jwks,
      PAYMENT_GATEWAY_URL: gateway.url,
      PAYMENT_GATEWAY_SECRET: secret,
      JOBS_QUEUE_PREFIX: `imis-test-${randomBytes(4).toString('hex')}`,
    },
    await authority.headers(ADMINISTRATOR),
  );
  gateway.callbackUrl = `${service.url}/payment-gateway/notifications`;
  return { service, authority, gateway, secret };
}
