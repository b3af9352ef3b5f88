import { type GraphQLData, readListIds, reverseCreationOrder, type ServiceTestApp, type TestAuthority } from '@imis/testing';
import type { FakePaymentGateway } from './support/fake-payment-gateway';
import { insertArea, insertFamily, insertOfficer, insertPolicy, insertProduct, insuranceNumber, productCode, type Area } from './support/payment-fixtures';
import { startPayment } from './support/payment-service';

const PAYMENT_FIELDS = `id status officerId expectedAmount receivedAmount surplusAmount controlNumber transactionNo rejectedReason intentId origin
  details { insuranceNumber productCode policyStage expectedAmount amount policyId premiumId renewalPolicyId }`;
const CREATE_INTENT = `mutation($input: CreatePaymentIntentInput!) { createPaymentIntent(input: $input) { payment { ${PAYMENT_FIELDS} } errors { code field } } }`;
const REQUEST_CN = `mutation($input: RequestControlNumberInput!) { requestControlNumber(input: $input) { payment { ${PAYMENT_FIELDS} } errors { code } } }`;
const RECEIVE = `mutation($input: ReceivePaymentInput!) { receivePayment(input: $input) { payment { ${PAYMENT_FIELDS} } errors { code field } } }`;
const MATCH = `mutation { matchPayments { matching { jobId } errors { code } } }`;
const PAYMENT = `query($id: ID!) { payment(id: $id) { ${PAYMENT_FIELDS} } }`;
const PAYMENTS = `query($filter: PaymentFilterInput) { payments(filter: $filter, first: 50) { totalCount edges { node { id status } } } }`;

describe('payment service: intents, control numbers, the gateway callback, receipts and matching', () => {
  let service: ServiceTestApp;
  let authority: TestAuthority;
  let gateway: FakePaymentGateway;
  let area: Area;
  let product: { id: string; code: string };

  beforeAll(async () => {
    ({ service, authority, gateway } = await startPayment());
    area = await insertArea(service);
    const code = productCode();
    product = { id: await insertProduct(service, code, area.districtId), code };
  });
  afterAll(async () => {
    await service?.close();
    await gateway?.close();
  });

  /** A family of the area with one Idle policy of `product` worth `value`; returns the head's number and the policy id. */
  async function familyWithPolicy(value: string, status = 'IDLE'): Promise<{ number: string; familyId: string; policyId: string }> {
    const number = insuranceNumber();
    const familyId = await insertFamily(service, area.villageId, [number]);
    return { number, familyId, policyId: await insertPolicy(service, { familyId, productId: product.id, value, status }) };
  }

  async function intent(input: Record<string, unknown>): Promise<GraphQLData> {
    const { createPaymentIntent } = await service.data(CREATE_INTENT, { input });
    expect(createPaymentIntent.errors).toEqual([]);
    return createPaymentIntent.payment;
  }

  async function paymentById(id: string): Promise<GraphQLData> {
    return (await service.data(PAYMENT, { id })).payment;
  }

  async function settled(id: string): Promise<GraphQLData> {
    return service.eventually(async () => {
      const payment = await paymentById(id);
      return payment.status === 'MATCHED' || payment.status === 'REJECTED' ? payment : null;
    }, 30_000);
  }

  async function eventsOf(paymentId: string): Promise<{ type: string; data: GraphQLData }[]> {
    const events = await service.publishedEvents(1);
    return events.filter((event) => event.subjectId === paymentId);
  }

  describe('intents (§5.1)', () => {
    it('records a self-payer’s intent with the outstanding value of the Idle policy as expected amount, and publishes it', async () => {
      const { number } = await familyWithPolicy('120.00');
      const payment = await intent({ phone: '+255700000001', smsRequired: true, details: [{ insuranceNumber: number, productCode: product.code, isRenewal: false }] });
      expect(payment).toMatchObject({ status: 'INTENT', expectedAmount: '120.00', officerId: null, details: [{ insuranceNumber: number, policyStage: 'N', expectedAmount: '120.00' }] });
      await service.eventually(async () => (await eventsOf(payment.id)).find((event) => event.type === 'imis.payment.payment.intent-created.v1'));
    });

    it('stores an invalid intent with the openIMIS code as reason (2, 3, 4, 5, 7), and publishes it too', async () => {
      const { number } = await familyWithPolicy('50.00');
      const otherArea = await insertArea(service);
      await insertOfficer(service, 'OFFAWAY1', [otherArea.villageId]);
      const line = (change: Record<string, unknown> = {}) => ({ insuranceNumber: number, productCode: product.code, isRenewal: false, ...change });
      const cases: [Record<string, unknown>, string][] = [
        [{ details: [line({ insuranceNumber: '' })] }, '2: '],
        [{ officerCode: 'NOSUCH', details: [line()] }, '3: '],
        [{ details: [line({ productCode: 'NOPROD' })] }, '4: '],
        [{ officerCode: 'OFFAWAY1', details: [line()] }, '4: '],
        [{ details: [line({ insuranceNumber: insuranceNumber(), isRenewal: true })] }, '5: '],
        [{ details: [line({ insuranceNumber: insuranceNumber() })] }, '7: '],
      ];
      for (const [input, reason] of cases) {
        const payment = await intent({ smsRequired: false, ...input });
        expect(payment.status).toBe('INTENT_INVALID');
        expect(payment.rejectedReason.startsWith(reason)).toBe(true);
        await service.eventually(async () => (await eventsOf(payment.id)).find((event) => event.type === 'imis.payment.payment.intent-created.v1'));
      }
    });

    it('refuses malformed input in the payload and writes nothing', async () => {
      const before = await service.count('payment');
      const { createPaymentIntent } = await service.data(CREATE_INTENT, {
        input: { smsRequired: false, details: [{ insuranceNumber: '1234567890123', productCode: product.code, isRenewal: false }] },
      });
      expect(createPaymentIntent).toEqual({ payment: null, errors: [{ code: 'PAYMENT_FIELD_TOO_LONG', field: 'details.0.insuranceNumber' }] });
      const empty = (await service.data(CREATE_INTENT, { input: { smsRequired: false, details: [] } })).createPaymentIntent;
      expect(empty.errors).toEqual([{ code: 'PAYMENT_DETAILS_MISSING', field: 'details' }]);
      expect(await service.count('payment')).toBe(before);
    });
  });

  describe('control numbers through the gateway (§5.2)', () => {
    async function validIntent(value = '80.00'): Promise<GraphQLData> {
      const { number } = await familyWithPolicy(value);
      return intent({ smsRequired: false, details: [{ insuranceNumber: number, productCode: product.code, isRenewal: false }] });
    }

    it('asks the fake gateway, which acknowledges and posts the number back: CONTROL_NUMBER_ASSIGNED with its event', async () => {
      const payment = await validIntent();
      const { requestControlNumber } = await service.data(REQUEST_CN, { input: { paymentId: payment.id } });
      expect(requestControlNumber.errors).toEqual([]);
      expect(['CONTROL_NUMBER_POSTED', 'CONTROL_NUMBER_ASSIGNED']).toContain(requestControlNumber.payment.status);
      const assigned = await service.eventually(async () => {
        const current = await paymentById(payment.id);
        return current.status === 'CONTROL_NUMBER_ASSIGNED' ? current : null;
      });
      expect(assigned.controlNumber).toMatch(/^CN/);
      await service.eventually(async () => (await eventsOf(payment.id)).find((event) => event.type === 'imis.payment.payment.control-number-assigned.v1'));
      const again = (await service.data(REQUEST_CN, { input: { paymentId: payment.id } })).requestControlNumber;
      expect(again.errors.map((error: GraphQLData) => error.code)).toEqual(['PAYMENT_NOT_AN_INTENT']);
    });

    it('rejects the intent when the gateway refuses the request, or assigns a number another payment holds', async () => {
      const refused = await validIntent();
      gateway.refuseNextRequest();
      const answer = (await service.data(REQUEST_CN, { input: { paymentId: refused.id } })).requestControlNumber;
      expect(answer.errors.map((error: GraphQLData) => error.code)).toEqual(['PAYMENT_GATEWAY_REFUSED']);
      expect(answer.payment.status).toBe('REJECTED');

      const first = await validIntent();
      gateway.assignNext('DUPLICATE-CN-1', 'DUPLICATE-CN-1');
      await service.data(REQUEST_CN, { input: { paymentId: first.id } });
      await service.eventually(async () => (await paymentById(first.id)).status === 'CONTROL_NUMBER_ASSIGNED');
      const second = await validIntent();
      await service.data(REQUEST_CN, { input: { paymentId: second.id } });
      const rejected = await service.eventually(async () => {
        const current = await paymentById(second.id);
        return current.status === 'REJECTED' ? current : null;
      });
      expect(rejected.rejectedReason).toBe('CONTROL_NUMBER_DUPLICATE: DUPLICATE-CN-1');
      expect(gateway.answers.find((entry) => entry.status === 409)?.body).toEqual({ outcome: 'REFUSED', code: 'CONTROL_NUMBER_DUPLICATE', paymentId: second.id });
    });
  });

  describe('the callback: signature, replay, unknown numbers, amounts, hostile bodies', () => {
    async function assignedIntent(value: string): Promise<GraphQLData> {
      const { number } = await familyWithPolicy(value);
      const payment = await intent({ smsRequired: false, details: [{ insuranceNumber: number, productCode: product.code, isRenewal: false }] });
      await service.data(REQUEST_CN, { input: { paymentId: payment.id } });
      return service.eventually(async () => {
        const current = await paymentById(payment.id);
        return current.status === 'CONTROL_NUMBER_ASSIGNED' ? current : null;
      });
    }

    const logged = (code: string) => service.query<{ count: string }>(`select count(*) from gateway_notification where code = $1`, [code]).then((rows) => Number(rows[0]!.count));

    it('refuses a bad signature and a timestamp outside the window, logging both and changing nothing else', async () => {
      const before = await service.count('payment');
      const forged = await gateway.notify({ type: 'PAYMENT_RECEIVED', amount: '1.00', transactionNo: 'T-FORGED', paymentDate: '2026-01-01' }, { secret: 'x'.repeat(64) });
      expect(forged).toMatchObject({ status: 401, body: { outcome: 'REFUSED', code: 'SIGNATURE_INVALID' } });
      const stale = await gateway.notify({ type: 'PAYMENT_RECEIVED', amount: '1.00', transactionNo: 'T-STALE', paymentDate: '2026-01-01' }, { timestamp: Math.floor(Date.now() / 1000) - 3600 });
      expect(stale).toMatchObject({ status: 401, body: { code: 'TIMESTAMP_OUT_OF_WINDOW' } });
      expect(await logged('SIGNATURE_INVALID')).toBeGreaterThanOrEqual(1);
      expect(await logged('TIMESTAMP_OUT_OF_WINDOW')).toBeGreaterThanOrEqual(1);
      expect(await service.count('payment')).toBe(before);
    });

    it('receives a payment for an assigned number once; a replayed notification is refused and logged', async () => {
      const payment = await assignedIntent('75.50');
      const body = JSON.stringify({ id: 'replay-1', type: 'PAYMENT_RECEIVED', controlNumber: payment.controlNumber, amount: '75.50', transactionNo: 'T-REPLAY', paymentDate: '2026-01-02' });
      const send = () => postSigned(body);
      expect(await send()).toEqual({ status: 200, body: { outcome: 'ACCEPTED', paymentId: payment.id } });
      expect(await send()).toEqual({ status: 409, body: { outcome: 'REFUSED', code: 'NOTIFICATION_REPLAYED' } });
      expect((await paymentById(payment.id)).receivedAmount).toBe('75.50');
      expect(await logged('NOTIFICATION_REPLAYED')).toBe(1);
    });

    it('records an unknown control number, a different amount and a duplicate as REJECTED rows with rejected events', async () => {
      const unknown = await gateway.paymentReceived({ controlNumber: 'NO-SUCH-CN', amount: '10.00', transactionNo: 'T-UNKNOWN', paymentDate: '2026-01-02' });
      expect(unknown).toMatchObject({ status: 422, body: { outcome: 'REFUSED', code: 'CONTROL_NUMBER_UNKNOWN' } });
      const unknownRow = await paymentById((unknown.body as GraphQLData).paymentId);
      expect(unknownRow).toMatchObject({ status: 'REJECTED', controlNumber: 'NO-SUCH-CN', receivedAmount: '10.00', intentId: null });

      const payment = await assignedIntent('40.00');
      const mismatch = await gateway.paymentReceived({ controlNumber: payment.controlNumber, amount: '39.99', transactionNo: 'T-MISMATCH', paymentDate: '2026-01-02' });
      expect(mismatch).toMatchObject({ status: 422, body: { code: 'PAYMENT_AMOUNT_MISMATCH' } });
      const mismatchRow = await paymentById((mismatch.body as GraphQLData).paymentId);
      expect(mismatchRow).toMatchObject({ status: 'REJECTED', intentId: payment.id, receivedAmount: '39.99' });
      expect((await paymentById(payment.id)).status).toBe('CONTROL_NUMBER_ASSIGNED');

      expect((await gateway.paymentReceived({ controlNumber: payment.controlNumber, amount: '40.00', transactionNo: 'T-OK', paymentDate: '2026-01-02' })).status).toBe(200);
      const duplicate = await gateway.paymentReceived({ controlNumber: payment.controlNumber, amount: '40.00', transactionNo: 'T-OK-2', paymentDate: '2026-01-02' });
      expect(duplicate).toMatchObject({ status: 409, body: { code: 'PAYMENT_DUPLICATE' } });
      await service.eventually(async () => (await eventsOf((duplicate.body as GraphQLData).paymentId)).find((event) => event.type === 'imis.payment.payment.rejected.v1'));
    });

    it('answers hostile bodies with specific codes, never a server error', async () => {
      const bodies: [string, number, string][] = [
        [JSON.stringify({ id: 'h2', type: 'PAYMENT_RECEIVED', amount: '1.00', transactionNo: 'T\u0000X', paymentDate: '2026-01-01' }), 400, 'NOTIFICATION_INVALID'],
        [JSON.stringify({ id: 'h3', type: 'PAYMENT_RECEIVED', amount: '1.00', transactionNo: 'T-H3', paymentDate: '2026-01-01', __proto__: { admin: true }, extra: 1 }), 400, 'NOTIFICATION_INVALID'],
        [JSON.stringify({ id: 'h4', type: 'SOMETHING_ELSE' }), 400, 'NOTIFICATION_INVALID'],
        [JSON.stringify([1, 2, 3]), 400, 'NOTIFICATION_INVALID'],
        [JSON.stringify({ id: 'h5', type: 'PAYMENT_RECEIVED', amount: 'lots', transactionNo: 'T-H5', paymentDate: '2026-01-01', details: [{ insuranceNumber: '1', productCode: 'X' }] }), 400, 'PAYMENT_AMOUNT_INVALID'],
        [JSON.stringify({ id: 'h6', type: 'PAYMENT_RECEIVED', padding: 'x'.repeat(20_000) }), 413, 'NOTIFICATION_TOO_LARGE'],
      ];
      for (const [body, status, code] of bodies) expect(await postSigned(body)).toEqual({ status, body: { outcome: 'REFUSED', code } });
      // Not JSON at all: refused by every service's body parser before the callback runs (docs/api.md).
      expect(await postSigned('{"id":"h1","type":"PAYMENT_RECEIVED"')).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_REQUEST' } }] } });
      const notJson = await fetch(`${service.url}/payment-gateway/notifications`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
      expect(notJson.status).toBe(415);
    });
  });

  describe('receipts and matching (§5.3, §5.4)', () => {
    it('matches a payment without intent over two policies of a family in proportion to what is outstanding (value − paid total), then publishes the shares', async () => {
      const secondCode = productCode();
      const secondProduct = await insertProduct(service, secondCode);
      const { number, familyId, policyId } = await familyWithPolicy('100.00');
      // 50.00 already paid in cash (the policy projection's paid total): 200.00 outstanding.
      const secondPolicy = await insertPolicy(service, { familyId, productId: secondProduct, value: '250.00', paidTotal: '50.00' });
      const { receivePayment } = await service.data(RECEIVE, {
        input: {
          amount: '150.01',
          transactionNo: 'T-SPLIT',
          paymentDate: '2026-02-01',
          details: [
            { insuranceNumber: number, productCode: product.code },
            { insuranceNumber: number, productCode: secondCode },
          ],
        },
      });
      expect(receivePayment.errors).toEqual([]);
      expect(receivePayment.payment).toMatchObject({ status: 'RECEIVED', origin: 'MANUAL' });
      const matched = await settled(receivePayment.payment.id);
      expect(matched.status).toBe('MATCHED');
      expect(matched.details.map((detail: GraphQLData) => [detail.policyId, detail.amount])).toEqual([
        [policyId, '50.00'],
        [secondPolicy, '100.01'],
      ]);
      expect(matched.surplusAmount).toBe('0.00');
      const event = await service.eventually(async () => (await eventsOf(matched.id)).find((candidate) => candidate.type === 'imis.payment.payment.matched.v1'));
      expect(event.data).toMatchObject({ status: 'MATCHED', receivedAmount: '150.01' });
      const details = event.data.details as GraphQLData[];
      expect(details.map((detail) => [detail.policyId, detail.amount, detail.renewalPolicyId])).toEqual([
        [policyId, '50.00', null],
        [secondPolicy, '100.01', null],
      ]);
      expect(details.every((detail) => typeof detail.premiumId === 'string')).toBe(true);
    });

    it('gives a renewal policy id when the policy was already Active (paid in advance)', async () => {
      const { number, policyId } = await familyWithPolicy('60.00', 'ACTIVE');
      const { receivePayment } = await service.data(RECEIVE, {
        input: { amount: '60.00', transactionNo: 'T-ADVANCE', paymentDate: '2026-02-01', details: [{ insuranceNumber: number, productCode: product.code }] },
      });
      const matched = await settled(receivePayment.payment.id);
      expect(matched.details[0]).toMatchObject({ policyId, amount: '60.00' });
      expect(matched.details[0].renewalPolicyId).toEqual(expect.any(String));
    });

    it('rejects a payment naming an unknown insuree, with its reason and a rejected event', async () => {
      const { receivePayment } = await service.data(RECEIVE, {
        input: { amount: '5.00', transactionNo: 'T-NOBODY', paymentDate: '2026-02-01', details: [{ insuranceNumber: '000000001', productCode: product.code }] },
      });
      const rejected = await settled(receivePayment.payment.id);
      expect(rejected).toMatchObject({ status: 'REJECTED', rejectedReason: 'INSUREE_UNKNOWN: 000000001' });
      await service.eventually(async () => (await eventsOf(rejected.id)).find((event) => event.type === 'imis.payment.payment.rejected.v1'));
    });

    it('matches in bulk once: a second run changes nothing and publishes nothing', async () => {
      const { number } = await familyWithPolicy('30.00');
      const { receivePayment } = await service.data(RECEIVE, {
        input: { amount: '30.00', transactionNo: 'T-BULK', paymentDate: '2026-02-01', details: [{ insuranceNumber: number, productCode: product.code }] },
      });
      await settled(receivePayment.payment.id);
      // The matched event leaves through the outbox after the match commits: count once it is published.
      await service.eventually(async () => (await eventsOf(receivePayment.payment.id)).find((event) => event.type === 'imis.payment.payment.matched.v1'));
      const matchedEvents = async () => (await service.publishedEvents(1)).filter((event) => event.type === 'imis.payment.payment.matched.v1').length;
      const before = await matchedEvents();
      const { matchPayments } = await service.data(MATCH);
      expect(matchPayments.matching.jobId).toEqual(expect.any(String));
      await service.eventually(async () => (await service.query(`select status from job where id = $1`, [matchPayments.matching.jobId]))[0]?.status === 'COMPLETED', 30_000);
      expect(await matchedEvents()).toBe(before);
      expect(await service.query(`select count(*)::int as count from payment where status = 'RECEIVED'`)).toEqual([{ count: 0 }]);
    });

    it('records a second receipt of the same transaction as a REJECTED duplicate', async () => {
      const { number } = await familyWithPolicy('10.00');
      const input = { amount: '10.00', transactionNo: 'T-TWICE', paymentDate: '2026-02-01', details: [{ insuranceNumber: number, productCode: product.code }] };
      await service.data(RECEIVE, { input });
      const second = (await service.data(RECEIVE, { input })).receivePayment;
      expect(second.errors).toEqual([{ code: 'PAYMENT_DUPLICATE', field: 'transactionNo' }]);
      expect(second.payment.status).toBe('REJECTED');
    });
  });

  describe('rights and scope', () => {
    it('shows a district user only the payments of families in its districts; others answer as unknown', async () => {
      const { number } = await familyWithPolicy('20.00');
      const payment = await intent({ smsRequired: false, details: [{ insuranceNumber: number, productCode: product.code, isRenewal: false }] });
      const elsewhere = await insertArea(service);
      const inside = await authority.headers({ rights: [101401], districtIds: [area.districtId] });
      const outside = await authority.headers({ rights: [101401], districtIds: [elsewhere.districtId] });
      expect((await service.data(PAYMENT, { id: payment.id }, inside)).payment.id).toBe(payment.id);
      expect((await service.data(PAYMENT, { id: payment.id }, outside)).payment).toBeNull();
      expect((await service.data(PAYMENTS, { filter: { insuranceNumber: number } }, outside)).payments.totalCount).toBe(0);
      expect((await service.data(PAYMENTS, { filter: { insuranceNumber: number } }, inside)).payments.totalCount).toBe(1);
      const denied = await service.graphql(CREATE_INTENT, { input: { smsRequired: false, details: [] } }, inside);
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  async function postSigned(body: string): Promise<{ status: number; body: unknown }> {
    const { signNotification } = await import('../src/modules/payment');
    const timestamp = String(Math.floor(Date.now() / 1000));
    const secret = service.env.PAYMENT_GATEWAY_SECRET!;
    const response = await fetch(`${service.url}/payment-gateway/notifications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-imis-timestamp': timestamp, 'x-imis-signature': signNotification(secret, timestamp, body) },
      body,
    });
    return { status: response.status, body: await response.json() };
  }

  it('pages payments in creation order, whatever the order of their ids', async () => {
    const expected = await reverseCreationOrder(service, 'payment', 'true');
    expect(expected.length).toBeGreaterThan(2);
    const { ids, pages } = await readListIds(service, 'payments', 3);
    expect(ids).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 3));
  });

});
