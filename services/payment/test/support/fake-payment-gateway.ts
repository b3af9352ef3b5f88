import { createHmac, randomUUID } from 'crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'http';
import type { AddressInfo } from 'net';

/**
 * A stand-in for a mobile-money gateway, speaking the protocol of the payment service's HttpPaymentGateway
 * and callback (docs/api.md "Payment gateway"): it acknowledges `POST /control-numbers` (signed), then posts
 * the assigned number to the callback; `POST /admin/payments` makes it post a "payment received"
 * notification; `GET /health` answers when it listens. Plain node:http, for tests, e2e and the bench; never
 * for production.
 */
export interface FakeGatewayOptions {
  /** The payment service's callback, e.g. http://127.0.0.1:4007/payment-gateway/notifications */
  callbackUrl: string;
  secret: string;
  port?: number;
  /** Delay before the number is posted back (ms). */
  assignDelayMs?: number;
}

export interface CallbackAnswer {
  notificationId: string;
  type: string;
  status: number;
  body: unknown;
}

const sign = (secret: string, timestamp: string, body: string) => createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');

export class FakePaymentGateway {
  readonly answers: CallbackAnswer[] = [];
  private nextNumbers: string[] = [];
  private refuseNext = false;
  private sequence = 0;
  /** Where notifications go (settable: the service may start after its gateway). */
  callbackUrl: string;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly options: FakeGatewayOptions,
  ) {
    this.callbackUrl = options.callbackUrl;
  }

  static async start(options: FakeGatewayOptions): Promise<FakePaymentGateway> {
    const ready: { gateway?: FakePaymentGateway } = {};
    const server = createServer((request, response) => void ready.gateway!.serve(request, response));
    await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
    ready.gateway = new FakePaymentGateway(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`, options);
    return ready.gateway;
  }

  /** The next assigned numbers (e.g. one already held by another payment). */
  assignNext(...numbers: string[]): void {
    this.nextNumbers.push(...numbers);
  }

  /** The next control-number request is refused. */
  refuseNextRequest(): void {
    this.refuseNext = true;
  }

  /** Signs and posts a notification to the callback, as the gateway does; returns the callback's answer. */
  async notify(notification: Record<string, unknown>, options: { secret?: string; timestamp?: number } = {}): Promise<CallbackAnswer> {
    const body = JSON.stringify({ id: randomUUID(), ...notification });
    const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
    const response = await fetch(this.callbackUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-imis-timestamp': timestamp, 'x-imis-signature': sign(options.secret ?? this.options.secret, timestamp, body) },
      body,
    });
    const answer = { notificationId: JSON.parse(body).id as string, type: String(notification.type), status: response.status, body: await response.json().catch(() => null) };
    this.answers.push(answer);
    return answer;
  }

  /** "Payment received" for a control number (or without, with details). */
  paymentReceived(payment: { controlNumber?: string; amount: string; transactionNo: string; paymentDate: string; receiptNo?: string; details?: unknown[] }): Promise<CallbackAnswer> {
    return this.notify({ type: 'PAYMENT_RECEIVED', ...payment });
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const raw = await readBody(request);
    const reply = (status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (request.method === 'GET' && request.url === '/health') return void reply(200, { status: 'ok' });
    if (request.method !== 'POST') return void reply(405, { error: 'POST only' });
    if (request.url === '/control-numbers') {
      const timestamp = String(request.headers['x-imis-timestamp'] ?? '');
      if (request.headers['x-imis-signature'] !== sign(this.options.secret, timestamp, raw)) return void reply(401, { acknowledged: false, reason: 'bad signature' });
      const { paymentId } = JSON.parse(raw) as { paymentId: string };
      if (this.refuseNext) {
        this.refuseNext = false;
        return void reply(200, { acknowledged: false, reason: 'refused by the gateway' });
      }
      reply(200, { acknowledged: true });
      const controlNumber = this.nextNumbers.shift() ?? `CN${Date.now()}${String(++this.sequence).padStart(4, '0')}`;
      setTimeout(() => void this.notify({ type: 'CONTROL_NUMBER_ASSIGNED', paymentId, controlNumber }).catch(() => undefined), this.options.assignDelayMs ?? 20);
      return;
    }
    if (request.url === '/admin/payments') return void reply(200, await this.paymentReceived(JSON.parse(raw)));
    reply(404, { error: 'unknown route' });
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.once('error', reject);
  });
}
