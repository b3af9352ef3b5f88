import { createEvent, premiumAddedEvent, premiumDeletedEvent, type CloudEvent } from '@imis/contracts';
import { uuidv7 } from '@imis/persistence';
import { type GraphQLData, type ServiceTestApp } from '@imis/testing';
import type { FakePaymentGateway } from './support/fake-payment-gateway';
import { insertArea, insertFamily, insertOfficer, insertPolicy, insertProduct, insuranceNumber, productCode, type Area } from './support/payment-fixtures';
import { startPayment } from './support/payment-service';

const PAYMENT_FIELDS = `id status controlNumber expectedAmount rejectedReason details { policyId amount premiumId }
  notifications { id kind phone language message channel outcome }`;
const CREATE_INTENT = `mutation($input: CreatePaymentIntentInput!) { createPaymentIntent(input: $input) { payment { ${PAYMENT_FIELDS} } errors { code } } }`;
const REQUEST_CN = `mutation($input: RequestControlNumberInput!) { requestControlNumber(input: $input) { errors { code } } }`;
const RECEIVE = `mutation($input: ReceivePaymentInput!) { receivePayment(input: $input) { payment { id } errors { code } } }`;
const MATCH = `mutation { matchPayments { matching { jobId } errors { code } } }`;
const PAYMENT = `query($id: ID!) { payment(id: $id) { ${PAYMENT_FIELDS} } }`;

const PHONE = '+255700000777';
const OFFICER = 'OFFNEAR1';

describe('payment matching: feedback to payers (§5.4 finish) and officer payments without a premium', () => {
  let service: ServiceTestApp;
  let gateway: FakePaymentGateway;
  let area: Area;
  let product: { id: string; code: string };
  let transactions = 0;

  beforeAll(async () => {
    ({ service, gateway } = await startPayment());
    area = await insertArea(service);
    const code = productCode();
    product = { id: await insertProduct(service, code, area.districtId), code };
    await insertOfficer(service, OFFICER, [area.villageId]);
  });
  afterAll(async () => {
    await service?.close();
    await gateway?.close();
  });

  async function family(value: string, paidTotal = '0'): Promise<{ number: string; familyId: string; policyId: string }> {
    const number = insuranceNumber();
    const familyId = await insertFamily(service, area.villageId, [number]);
    return { number, familyId, policyId: await insertPolicy(service, { familyId, productId: product.id, value, paidTotal }) };
  }

  const paymentById = async (id: string): Promise<GraphQLData> => (await service.data(PAYMENT, { id })).payment;

  /** An intent paid through the fake gateway (control number, then the notification), once matching decided. */
  async function paidIntent(input: Record<string, unknown>): Promise<GraphQLData> {
    const { createPaymentIntent } = await service.data(CREATE_INTENT, { input });
    expect(createPaymentIntent.payment.status).toBe('INTENT');
    const { id } = createPaymentIntent.payment;
    expect((await service.data(REQUEST_CN, { input: { paymentId: id } })).requestControlNumber.errors).toEqual([]);
    const assigned = await service.eventually(async () => {
      const payment = await paymentById(id);
      return payment.status === 'CONTROL_NUMBER_ASSIGNED' ? payment : null;
    });
    const transactionNo = `T-FB-${++transactions}`;
    const received = await gateway.paymentReceived({ controlNumber: assigned.controlNumber, amount: assigned.expectedAmount, transactionNo, paymentDate: '2026-02-01' });
    expect(received.status).toBe(200);
    return service.eventually(async () => {
      const payment = await paymentById(id);
      return payment.status === 'MATCHED' || payment.status === 'REJECTED' ? { ...payment, transactionNo } : null;
    }, 30_000);
  }

  const notificationsOf = (paymentId: string) => service.query<{ kind: string }>(`select kind from payment_notification where payment_id = $1`, [paymentId]);

  function premiumAdded(policyId: string, premiumId = uuidv7(), version = 1): CloudEvent<unknown> {
    return createEvent(premiumAddedEvent, {
      subject: premiumId,
      data: {
        id: premiumId,
        policyId,
        payerId: null,
        amount: '40.00',
        receipt: `R-${premiumId.slice(-8)}`,
        payDate: '2026-01-15',
        payType: 'C',
        isPhotoFee: false,
        isOffline: false,
        source: null,
        version,
        policyContributions: { policyId, paidTotal: '40.00', lastPayDate: '2026-01-15', revision: version },
      },
    });
  }

  const handled = (event: CloudEvent<unknown>) => service.eventually(async () => (await service.query(`select 1 from inbox where event_id = $1`, [event.id])).length === 1);

  it('tells a payer who asked for an SMS of the match once, with the share and what the policy still lacks, through the log adapter', async () => {
    const { number } = await family('100.00');
    const matched = await paidIntent({ phone: PHONE, language: 'sw', smsRequired: true, details: [{ insuranceNumber: number, productCode: product.code, isRenewal: false }] });
    expect(matched.status).toBe('MATCHED');
    expect(matched.notifications).toEqual([
      {
        id: expect.any(String),
        kind: 'MATCHED',
        phone: PHONE,
        language: 'sw',
        message: `Payment ${matched.transactionNo} of 100.00 received. ${number} ${product.code}: 100.00 paid, policy fully paid.`,
        channel: 'log',
        outcome: 'LOGGED',
      },
    ]);

    // A bulk run afterwards finds nothing to match and tells nobody again.
    const { matchPayments } = await service.data(MATCH);
    await service.eventually(async () => (await service.query(`select status from job where id = $1`, [matchPayments.matching.jobId]))[0]?.status === 'COMPLETED', 30_000);
    expect(await notificationsOf(matched.id)).toEqual([{ kind: 'MATCHED' }]);
  });

  it('tells nobody when the payment did not ask for an SMS', async () => {
    const { number } = await family('30.00');
    const silent = await paidIntent({ phone: PHONE, smsRequired: false, details: [{ insuranceNumber: number, productCode: product.code, isRenewal: false }] });
    expect(silent).toMatchObject({ status: 'MATCHED', notifications: [] });
    const { receivePayment } = await service.data(RECEIVE, {
      input: { amount: '5.00', transactionNo: 'T-FB-NO-INTENT', paymentDate: '2026-02-01', phone: PHONE, details: [{ insuranceNumber: '000000002', productCode: product.code }] },
    });
    const rejected = await service.eventually(async () => {
      const payment = await paymentById(receivePayment.payment.id);
      return payment.status === 'REJECTED' ? payment : null;
    }, 30_000);
    expect(rejected.notifications).toEqual([]);
  });

  it('rejects an officer’s payment whole when one of its policies has no premium, records why and tells the payer', async () => {
    const covered = await family('100.00', '40.00');
    await service.publishAs('contribution', [premiumAdded(covered.policyId)]);
    const bare = await family('50.00');
    await service.eventually(async () => (await service.query(`select 1 from payment_premium where policy_id = $1 and not deleted`, [covered.policyId])).length === 1);

    const rejected = await paidIntent({
      officerCode: OFFICER,
      phone: PHONE,
      smsRequired: true,
      details: [
        { insuranceNumber: covered.number, productCode: product.code, isRenewal: false },
        { insuranceNumber: bare.number, productCode: product.code, isRenewal: false },
      ],
    });
    const reason = `OFFICER_PAYMENT_WITHOUT_PREMIUM: ${OFFICER} ${bare.number} ${product.code}`;
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectedReason: reason });
    expect(rejected.details).toEqual([
      { policyId: null, amount: null, premiumId: null },
      { policyId: null, amount: null, premiumId: null },
    ]);
    expect(rejected.notifications).toMatchObject([{ kind: 'REJECTED', phone: PHONE, message: `Payment ${rejected.transactionNo} of 110.00 was not matched: ${reason}. Please contact the scheme.` }]);
    const events = await service.eventually(async () => {
      const mine = (await service.publishedEvents(1)).filter((event) => event.subjectId === rejected.id && event.type === 'imis.payment.payment.rejected.v1');
      return mine.length > 0 ? mine : null;
    });
    expect(events[0]!.data).toMatchObject({ status: 'REJECTED', rejectedReason: reason });
  });

  it('matches an officer’s payment once the policy’s premium reached the copy, and refuses again after its reversal', async () => {
    const { number, policyId } = await family('100.00', '40.00');
    const line = { insuranceNumber: number, productCode: product.code, isRenewal: false };
    const premiumId = uuidv7();
    const added = premiumAdded(policyId, premiumId);
    await service.publishAs('contribution', [added]);
    await handled(added);
    const matched = await paidIntent({ officerCode: OFFICER, smsRequired: false, details: [line] });
    expect(matched).toMatchObject({ status: 'MATCHED', details: [{ policyId, amount: '60.00' }] });

    const { number: other, policyId: otherPolicy } = await family('100.00', '40.00');
    const otherPremium = uuidv7();
    const reversed = createEvent(premiumDeletedEvent, {
      subject: otherPremium,
      data: { id: otherPremium, policyId: otherPolicy, version: 2, policyContributions: { policyId: otherPolicy, paidTotal: '0.00', lastPayDate: null, revision: 2 } },
    });
    // The added state delivered again after the reversal (another event id, as a replay would be) changes nothing.
    const late = premiumAdded(otherPolicy, otherPremium, 1);
    await service.publishAs('contribution', [premiumAdded(otherPolicy, otherPremium, 1), reversed]);
    await handled(reversed);
    await service.publishAs('contribution', [late]);
    await handled(late);
    expect(await service.query(`select deleted, version from payment_premium where id = $1`, [otherPremium])).toEqual([{ deleted: true, version: 2 }]);
    const refused = await paidIntent({ officerCode: OFFICER, smsRequired: false, details: [{ ...line, insuranceNumber: other }] });
    expect(refused).toMatchObject({ status: 'REJECTED', rejectedReason: `OFFICER_PAYMENT_WITHOUT_PREMIUM: ${OFFICER} ${other} ${product.code}` });
  });

  it('counts the premium an earlier match announced before the premiums’ copy has it', async () => {
    const { number, policyId } = await family('100.00');
    const { receivePayment } = await service.data(RECEIVE, {
      input: { amount: '30.00', transactionNo: 'T-FB-FIRST', paymentDate: '2026-02-01', details: [{ insuranceNumber: number, productCode: product.code }] },
    });
    const first = await service.eventually(async () => {
      const payment = await paymentById(receivePayment.payment.id);
      return payment.status === 'MATCHED' ? payment : null;
    }, 30_000);
    expect(await service.query(`select 1 from payment_premium where id = $1`, [first.details[0].premiumId])).toEqual([]);
    const officers = await paidIntent({ officerCode: OFFICER, smsRequired: false, details: [{ insuranceNumber: number, productCode: product.code, isRenewal: false }] });
    expect(officers).toMatchObject({ status: 'MATCHED', details: [{ policyId, amount: '70.00' }] });
  });
});
