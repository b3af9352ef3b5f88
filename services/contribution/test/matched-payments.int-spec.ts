import { createEvent, paymentMatchedEvent, type PaymentDetail, type PaymentState } from '@imis/contracts';
import { uuidv7 } from '@imis/persistence';
import type { ServiceTestApp } from '@imis/testing';
import { policyPremiumEvents, seedPlaces, seedPolicies, seedProduct, type Places } from './support/contribution-fixtures';
import { startContribution } from './support/contribution-service';

const detail = (change: Partial<PaymentDetail>): PaymentDetail => ({
  id: uuidv7(),
  insuranceNumber: '111111111',
  productCode: 'X',
  policyStage: 'N',
  expectedAmount: null,
  amount: '100.00',
  policyId: null,
  premiumId: uuidv7(),
  renewalPolicyId: null,
  ...change,
});

const payment = (details: PaymentDetail[], change: Partial<PaymentState> = {}): PaymentState => ({
  id: uuidv7(),
  status: 'MATCHED',
  officerId: null,
  phone: '+255700000000',
  language: null,
  smsRequired: false,
  expectedAmount: null,
  receivedAmount: '300.00',
  controlNumber: 'CN-1',
  transactionNo: `TX-${Date.now()}`,
  receiptNo: null,
  paymentDate: '2025-02-03',
  receivedAt: null,
  matchedAt: null,
  origin: null,
  rejectedReason: null,
  details,
  version: 3,
  ...change,
});

type PremiumRow = {
  id: string;
  policy_id: string;
  product_id: string;
  amount: string;
  receipt: string;
  pay_date: string;
  pay_type: string;
  source: string;
  changed_by: string;
};

describe('premiums of matched payments (consumer)', () => {
  let service: ServiceTestApp;
  let places: Places;
  const premiums = (ids: string[]) =>
    service.query<PremiumRow>(
      `select id, policy_id, product_id, amount, receipt, to_char(pay_date, 'YYYY-MM-DD') as pay_date, pay_type, source, changed_by from premium where id = any($1) order by receipt`,
      [ids],
    );

  beforeAll(async () => {
    ({ service } = await startContribution());
    places = await seedPlaces(service);
  });

  afterAll(async () => {
    await service?.close();
  });

  it('adds one premium per matched detail with its id, on the renewal policy when there is one, once whatever the copies of the event', async () => {
    const product = await seedProduct(service);
    const renewed = await seedProduct(service);
    const [first, second] = await seedPolicies(service, product, places.village111.id, 2);
    // The policy service renews a policy paid in advance on its own product: the premium is of that product.
    const [active] = await seedPolicies(service, renewed, places.village111.id, 1, { status: 'ACTIVE' });
    const renewalPolicyId = uuidv7();
    const details = [
      detail({ policyId: first.id, amount: '400.00' }),
      detail({ policyId: second.id, amount: '250.50' }),
      detail({ policyId: active.id, renewalPolicyId, amount: '300.00' }),
      detail({ policyId: first.id, premiumId: null, amount: null }),
    ];
    const matched = payment(details);
    await service.publishAs('payment', [createEvent(paymentMatchedEvent, { subject: matched.id, data: matched })]);
    const ids = details.slice(0, 3).map((one) => one.premiumId as string);
    await service.eventually(async () => (await premiums(ids)).length === 3);
    const rows = await premiums(ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const tx = matched.transactionNo as string;
    expect(byId.get(ids[0])).toMatchObject({ policy_id: first.id, product_id: product.id, amount: '400.00', pay_date: '2025-02-03', pay_type: 'M', source: 'payment', changed_by: 'system:payment-matching' });
    expect([byId.get(ids[0])?.receipt, byId.get(ids[1])?.receipt].sort()).toEqual([tx, `${tx}-2`]);
    expect(byId.get(ids[2])).toMatchObject({ policy_id: renewalPolicyId, product_id: renewed.id, amount: '300.00', receipt: tx });
    expect((await policyPremiumEvents(service, renewalPolicyId)).map((event) => event.data.policyContributions)).toEqual([
      { policyId: renewalPolicyId, paidTotal: '300.00', lastPayDate: '2025-02-03', revision: 1 },
    ]);

    const outboxBefore = await service.count('outbox');
    const copy = createEvent(paymentMatchedEvent, { subject: matched.id, data: matched });
    await service.publishAs('payment', [copy]);
    await service.eventually(async () => (await service.query(`select 1 from inbox where event_id = $1`, [copy.id])).length === 1);
    expect(await premiums(ids)).toEqual(rows);
    expect(await service.count('outbox')).toBe(outboxBefore);
  });

  it('does not skip a payment it cannot record: nothing is written and the event is not acknowledged', async () => {
    const orphan = payment([detail({ policyId: uuidv7() })]);
    const event = createEvent(paymentMatchedEvent, { subject: orphan.id, data: orphan });
    await service.publishAs('payment', [event]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await service.query('select id from premium where id = $1', [orphan.details[0].premiumId])).toHaveLength(0);
    expect(await service.query('select 1 from inbox where event_id = $1', [event.id])).toHaveLength(0);
  });
});
