import { createHmac, randomBytes, randomUUID } from 'crypto';
import { freePort } from '@imis/testing';
import { type ManagedProcess, startProcess, waitForReady } from '@imis/deployment';
import { Deployment } from './support/deployment';
import { type Data, Scenario } from './support/scenario';

/**
 * Issue 14's mobile-money acceptance through the gateway, with identity, location, insuree, policy,
 * contribution and payment as real processes and the fake payment gateway as its own process: a family's
 * Idle policy → a payment intent → a control number from the gateway → the gateway's signed "payment
 * received" notification → matched → the contribution service adds the premium → the policy service makes
 * the policy Active. The same notification sent twice has one effect; a payment without intent for two
 * policies of a family is split in proportion to what each still owes.
 */
jest.setTimeout(300_000);

const ADMIN = { username: 'e2e-payment-admin', password: 'Pay-e2e-Pa55word-long' };
const SECRET = randomBytes(32).toString('hex');
const ERRORS = 'errors { code message field }';
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken ${ERRORS} } }`;
const CREATE_LOCATION = `mutation($input: CreateLocationInput!) { createLocation(input: $input) { location { id } ${ERRORS} } }`;
const CREATE_PRODUCT = `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id code } ${ERRORS} } }`;
const CREATE_FAMILY = `mutation($input: CreateFamilyInput!) { createFamily(input: $input) { family { id headInsureeId } ${ERRORS} } }`;
const CREATE_POLICY = `mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { policy { id status value startDate } ${ERRORS} } }`;
const POLICY = `query($id: ID!) { policy(id: $id) { id status effectiveDate paidTotal balance contributions { receipt amount payType } } }`;
const PAYMENT_FIELDS = 'id status expectedAmount receivedAmount controlNumber details { policyId amount premiumId renewalPolicyId }';
const CREATE_INTENT = `mutation($input: CreatePaymentIntentInput!) { createPaymentIntent(input: $input) { payment { ${PAYMENT_FIELDS} } ${ERRORS} } }`;
const REQUEST_NUMBER = `mutation($input: RequestControlNumberInput!) { requestControlNumber(input: $input) { payment { id status } ${ERRORS} } }`;
const PAYMENT = `query($id: ID!) { payment(id: $id) { ${PAYMENT_FIELDS} } }`;
const PAYMENTS = `query($filter: PaymentFilterInput) { payments(filter: $filter) { totalCount edges { node { ${PAYMENT_FIELDS} } } } }`;

/** Numbers valid under insuree's default rule (9 digits, the last = the first 8 mod 7), distinct per call. */
let serial = 20_000_000 + Math.floor(Math.random() * 70_000_000);
const insuranceNumber = () => `${serial}${serial++ % 7}`;
const isoDay = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

describe('mobile-money payment through the gateway', () => {
  const deployment = new Deployment();
  let fakeGateway: ManagedProcess;
  let callbackUrl = '';
  let session: Scenario;
  const ids: Record<string, string> = {};
  const products: Record<string, string> = {};

  /** Posts a notification to the payment service's callback as the gateway does: HMAC-SHA256 over "timestamp.body". */
  const notify = async (body: string): Promise<{ status: number; body: Data }> => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = createHmac('sha256', SECRET).update(`${timestamp}.`).update(body).digest('hex');
    const response = await fetch(callbackUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-imis-timestamp': timestamp, 'x-imis-signature': signature }, body });
    return { status: response.status, body: (await response.json()) as Data };
  };
  const payment = async (id: string) => (await session.data(PAYMENT, { id })).payment;
  const policy = async (id: string) => (await session.data(POLICY, { id })).policy;

  /** A family of one in the village, with an Idle policy of `product` enrolled 10 days ago. */
  const familyWithPolicy = async (productIds: string[]): Promise<{ number: string; familyId: string; policyIds: string[] }> => {
    const number = insuranceNumber();
    const head = { insuranceNumber: number, lastName: 'Payer', otherNames: 'Mobile', gender: 'F', birthDate: '1990-01-01' };
    const family = await session.mutate('createFamily', CREATE_FAMILY, { villageId: ids.village, head }, /^FAMILY_VILLAGE_NOT_VILLAGE$/);
    expect(family.errors).toEqual([]);
    const policyIds: string[] = [];
    for (const productId of productIds) {
      // Retried while the policy service has not learnt the family from insuree's events.
      const created = await session.mutate('createPolicy', CREATE_POLICY, { familyId: family.family.id, productId, enrolDate: isoDay(10) }, /^FAMILY_NOT_FOUND$/);
      expect(created.errors).toEqual([]);
      expect(created.policy.status).toBe('IDLE');
      policyIds.push(created.policy.id);
    }
    return { number, familyId: family.family.id, policyIds };
  };

  beforeAll(async () => {
    const fakePort = await freePort();
    await deployment.start(ADMIN, {
      only: ['location', 'insuree', 'policy', 'contribution', 'payment'],
      env: {
        payment: { PAYMENT_GATEWAY_URL: `http://127.0.0.1:${fakePort}`, PAYMENT_GATEWAY_SECRET: SECRET },
        policy: { JOBS_CONCURRENCY: 'policy-expiry=0,policy-renewal-reminder=0' },
      },
    });
    const paymentService = deployment.subgraphs.find(({ definition }) => definition.name === 'payment')!;
    callbackUrl = `${paymentService.origin}/payment-gateway/notifications`;
    fakeGateway = startProcess('fake-payment-gateway', 'services/payment/tools/fake-payment-gateway.ts', {
      PAYMENT_GATEWAY_SECRET: SECRET,
      PAYMENT_CALLBACK_URL: callbackUrl,
      FAKE_GATEWAY_PORT: String(fakePort),
    }, { quiet: true });
    await waitForReady(`http://127.0.0.1:${fakePort}/health`, 30_000, fakeGateway);

    session = new Scenario(deployment.gatewayUrl);
    const login = (await session.data(LOGIN, { input: ADMIN })).login;
    expect(login.errors).toEqual([]);
    session.token = login.accessToken;
    const region = await session.created('createLocation', CREATE_LOCATION, { code: 'MPR', name: 'Payment Region', type: 'REGION' }, 'location');
    const district = await session.created('createLocation', CREATE_LOCATION, { code: 'MPD', name: 'Payment District', type: 'DISTRICT', parentId: region }, 'location');
    const ward = await session.created('createLocation', CREATE_LOCATION, { code: 'MPW', name: 'Payment Ward', type: 'WARD', parentId: district }, 'location');
    ids.village = await session.created('createLocation', CREATE_LOCATION, { code: 'MPV', name: 'Payment Village', type: 'VILLAGE', parentId: ward }, 'location');
    for (const [code, lumpSum] of [
      ['MOBILE1', '1000'],
      ['MOBILE2', '2000'],
      ['MOBILE3', '1000'],
    ] as const) {
      products[code] = await session.created(
        'createProduct',
        CREATE_PRODUCT,
        { code, name: `Mobile money ${code}`, dateFrom: isoDay(400), dateTo: isoDay(-400), insurancePeriod: 12, memberCount: 6, lumpSum },
        'product',
      );
    }
  });

  afterAll(async () => {
    await deployment.stop();
  });

  it('intent → control number → notification → matched → the policy is Active from the payment date', async () => {
    const family = await familyWithPolicy([products.MOBILE1]);
    const [policyId] = family.policyIds;
    // The payment service learns the family and the policy from events.
    const intent = await session.eventually(
      'a valid intent',
      async () => (await session.data(CREATE_INTENT, { input: { phone: '+9779800000001', details: [{ insuranceNumber: family.number, productCode: 'MOBILE1', isRenewal: false }] } })).createPaymentIntent,
      (payload) => payload.payment?.status !== 'INTENT',
    );
    expect(intent.errors).toEqual([]);
    expect(intent.payment).toMatchObject({ status: 'INTENT', expectedAmount: '1000.00' });

    const requested = (await session.data(REQUEST_NUMBER, { input: { paymentId: intent.payment.id } })).requestControlNumber;
    expect(requested.errors).toEqual([]);
    const assigned = await session.eventually('a control number', () => payment(intent.payment.id), (read) => read.status !== 'CONTROL_NUMBER_ASSIGNED');
    expect(assigned.controlNumber).toEqual(expect.any(String));

    const notification = JSON.stringify({ id: randomUUID(), type: 'PAYMENT_RECEIVED', controlNumber: assigned.controlNumber, amount: '1000.00', transactionNo: `TX-${randomUUID()}`, paymentDate: isoDay(0) });
    const first = await notify(notification);
    expect(first.status).toBe(200);

    const matched = await session.eventually('the match', () => payment(intent.payment.id), (read) => read.status !== 'MATCHED');
    expect(matched.details).toEqual([expect.objectContaining({ policyId, amount: '1000.00', renewalPolicyId: null })]);
    const active = await session.eventually('the activation', () => policy(policyId), (read) => read.status !== 'ACTIVE');
    // Effective = max(pay date, start): paid today, started 10 days ago.
    expect(active).toMatchObject({ status: 'ACTIVE', effectiveDate: isoDay(0), paidTotal: '1000.00', balance: '0.00' });
    expect(active.contributions).toEqual([{ receipt: expect.any(String), amount: '1000.00', payType: expect.any(String) }]);

    // The same notification again: refused as a replay; nothing more is paid.
    const replay = await notify(notification);
    expect(replay.status).toBe(409);
    const after = await policy(policyId);
    expect(after.contributions).toHaveLength(1);
    expect(after.paidTotal).toBe('1000.00');
  });

  it('splits a payment without intent over two policies of a family in proportion to what each still owes', async () => {
    const family = await familyWithPolicy([products.MOBILE2, products.MOBILE3]);
    const [owes2000, owes1000] = family.policyIds;
    const transactionNo = `TX-${randomUUID()}`;
    const notification = JSON.stringify({
      id: randomUUID(),
      type: 'PAYMENT_RECEIVED',
      amount: '1500.00',
      transactionNo,
      paymentDate: isoDay(0),
      details: [
        { insuranceNumber: family.number, productCode: 'MOBILE2' },
        { insuranceNumber: family.number, productCode: 'MOBILE3' },
      ],
    });
    expect((await notify(notification)).status).toBe(200);
    const matched = await session.eventually(
      'the split payment',
      async () => (await session.data(PAYMENTS, { filter: { insuranceNumber: family.number } })).payments.edges.map((edge: Data) => edge.node),
      (found) => found[0]?.status !== 'MATCHED',
    );
    expect(matched).toHaveLength(1);
    expect(matched[0].details.map((detail: Data) => [detail.policyId, detail.amount])).toEqual([
      [owes2000, '1000.00'],
      [owes1000, '500.00'],
    ]);
    // Both stay Idle, each with its share paid and the rest as balance.
    const paid = await session.eventually('the shares paid', () => Promise.all([policy(owes2000), policy(owes1000)]), (read) => read.some((one) => one.paidTotal === '0.00'));
    expect(paid.map((one: Data) => [one.status, one.paidTotal, one.balance])).toEqual([
      ['IDLE', '1000.00', '1000.00'],
      ['IDLE', '500.00', '500.00'],
    ]);
  });
});
