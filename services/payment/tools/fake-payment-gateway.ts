import { FakePaymentGateway } from '../test/support/fake-payment-gateway';

/**
 * Runs the fake gateway as a process:
 *   PAYMENT_GATEWAY_SECRET=… PAYMENT_CALLBACK_URL=http://127.0.0.1:4007/payment-gateway/notifications \
 *   FAKE_GATEWAY_PORT=4090 node -r @swc-node/register services/payment/tools/fake-payment-gateway.ts
 * then point the payment service at it with PAYMENT_GATEWAY_URL=http://127.0.0.1:4090.
 */
async function main(): Promise<void> {
  const secret = process.env.PAYMENT_GATEWAY_SECRET;
  const callbackUrl = process.env.PAYMENT_CALLBACK_URL;
  if (!secret || !callbackUrl) throw new Error('Set PAYMENT_GATEWAY_SECRET and PAYMENT_CALLBACK_URL');
  const gateway = await FakePaymentGateway.start({ secret, callbackUrl, port: Number(process.env.FAKE_GATEWAY_PORT ?? 4090) });
  process.stdout.write(`fake payment gateway on ${gateway.url}\n`);
  process.once('SIGTERM', () => void gateway.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
