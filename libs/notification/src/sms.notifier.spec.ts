import type { Notice } from './notice';
import { type SmsGateway, type SmsMessage, SmsNotifier } from './sms.notifier';

class FakeSmsGateway implements SmsGateway {
  readonly accepted: SmsMessage[] = [];
  constructor(private readonly refused: ReadonlySet<string> = new Set()) {}

  async send(message: SmsMessage): Promise<void> {
    if (this.refused.has(message.phone)) throw new Error('number barred');
    this.accepted.push(message);
  }
}

const notice = (id: string, phone: string | null): Notice => ({
  id,
  recipient: { kind: 'PAYER', id: null, phone, language: 'sw' },
  text: `Payment ${id} matched`,
  reference: { type: 'PAYMENT', id },
});

describe('SmsNotifier', () => {
  it('hands each notice with a phone to the gateway (SENT), keyed by the notice id; no phone or a refusal is FAILED', async () => {
    const gateway = new FakeSmsGateway(new Set(['+255700000999']));
    const sms = new SmsNotifier(gateway);
    expect(sms.channel).toBe('sms');
    expect(await sms.send([notice('a', '+255700000001'), notice('b', null), notice('c', '+255700000999')])).toEqual(['SENT', 'FAILED', 'FAILED']);
    expect(gateway.accepted).toEqual([{ id: 'a', phone: '+255700000001', language: 'sw', text: 'Payment a matched' }]);
  });
});
