import { jetstreamManager } from '@nats-io/jetstream';
import {
  createEvent,
  fundingRecordedEvent,
  paymentMatchedEvent,
  premiumAddedEvent,
  premiumDeletedEvent,
  premiumUpdatedEvent,
  type CloudEvent,
  type FundingRecordedData,
  type PaymentDetail,
  type PaymentState,
  type PolicyContributions,
  type PremiumState,
} from '@imis/contracts';
import { addDays, today } from '@imis/kernel';
import { dlqStreamName, dlqSubject } from '@imis/messaging';
import { uuidv7 } from '@imis/persistence';
import type { ServiceTestApp } from '@imis/testing';
import { fundingFamilyId } from '../src/modules/funding';
import { familyStates, seedFamilies } from './support/insuree-fixtures';
import { insertPolicy } from './support/policy-rows';
import { startPolicy } from './support/policy-service';
import { productInput } from './support/product-fixtures';

const CREATE_PRODUCT = `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } errors { code field } } }`;

interface OutboxEvent {
  type: string;
  subject: string;
  data: Record<string, unknown>;
}

interface PolicyRow {
  family_id: string;
  product_id: string;
  stage: string;
  status: string;
  value: string;
  enrol_date: string;
  start_date: string;
  effective_date: string | null;
  expiry_date: string;
  previous_policy_id: string | null;
  paid_total: string;
  underpaid: boolean;
  version: number;
}

/** A premium event of the contribution service carrying its policy's contributions after it. */
function premium(contributions: PolicyContributions, contract: typeof premiumAddedEvent | typeof premiumUpdatedEvent = premiumAddedEvent): CloudEvent<PremiumState> {
  const data: PremiumState = {
    id: uuidv7(),
    policyId: contributions.policyId,
    payerId: null,
    amount: contributions.paidTotal,
    receipt: `R-${contributions.revision}`,
    payDate: contributions.lastPayDate ?? '2025-01-01',
    payType: 'C',
    isPhotoFee: false,
    isOffline: false,
    source: null,
    version: 1,
    policyContributions: contributions,
  };
  return createEvent(contract, { subject: data.id, data });
}

function reversal(contributions: PolicyContributions) {
  const id = uuidv7();
  return createEvent(premiumDeletedEvent, { subject: id, data: { id, policyId: contributions.policyId, version: 2, policyContributions: contributions } });
}

/** A matched payment whose lines paid these policies (and, for some, their renewals). */
function matchedPayment(lines: { policyId: string; renewalPolicyId?: string }[]): CloudEvent<PaymentState> {
  const details: PaymentDetail[] = lines.map((line) => ({
    id: uuidv7(),
    insuranceNumber: '123456789',
    productCode: 'ANY',
    policyStage: line.renewalPolicyId ? 'R' : 'N',
    expectedAmount: null,
    amount: '100.00',
    policyId: line.policyId,
    premiumId: uuidv7(),
    renewalPolicyId: line.renewalPolicyId ?? null,
  }));
  const data: PaymentState = {
    id: uuidv7(),
    status: 'MATCHED',
    officerId: null,
    phone: '+255700000000',
    language: 'en',
    smsRequired: false,
    expectedAmount: null,
    receivedAmount: '100.00',
    controlNumber: null,
    transactionNo: `T-${Date.now()}`,
    receiptNo: null,
    paymentDate: today(),
    receivedAt: new Date().toISOString(),
    matchedAt: new Date().toISOString(),
    origin: null,
    rejectedReason: null,
    details,
    version: 3,
  };
  return createEvent(paymentMatchedEvent, { subject: data.id, data });
}

/** What every test reads: the policy rows, their events, the inboxes of the three consumers. */
function probes(service: () => ServiceTestApp) {
  const policyRow = async (id: string): Promise<PolicyRow | undefined> =>
    (
      await service().query<PolicyRow & Record<string, unknown>>(
        `select family_id, product_id, stage, status, value, to_char(enrol_date, 'YYYY-MM-DD') as enrol_date, to_char(start_date, 'YYYY-MM-DD') as start_date,
           to_char(effective_date, 'YYYY-MM-DD') as effective_date, to_char(expiry_date, 'YYYY-MM-DD') as expiry_date, previous_policy_id, paid_total, underpaid, version
         from policy where id = $1`,
        [id],
      )
    )[0];
  const outbox = async (subjects: string[]): Promise<OutboxEvent[]> =>
    (await service().query<{ payload: OutboxEvent }>(`select payload from outbox where payload->>'subject' = any($1) order by id`, [subjects])).map((row) => row.payload);
  const handled = (consumer: 'contributions' | 'funding' | 'payments', ...events: CloudEvent<unknown>[]) =>
    service().eventually(
      async () =>
        (await service().query('select 1 from inbox where event_id = any($1) and consumer = $2', [events.map((event) => event.id), `policy-${consumer}`])).length ===
        events.length,
    );
  const publish = async (source: 'contribution' | 'payment', consumer: 'contributions' | 'funding' | 'payments', ...events: CloudEvent<unknown>[]) => {
    await service().publishAs(source, events);
    await handled(consumer, ...events);
  };
  /** A copy of an event under a new id (the inbox would drop the same id): a replay from another source. */
  const copy = <T>(event: CloudEvent<T>): CloudEvent<T> => ({ ...event, id: uuidv7() });
  return { policyRow, outbox, publish, copy };
}

describe('contributions, fundings and matched payments move policies (events on JetStream)', () => {
  let service: ServiceTestApp;
  const { policyRow, outbox, publish, copy } = probes(() => service);
  const premiums = (...events: CloudEvent<unknown>[]) => publish('contribution', 'contributions', ...events);
  const state = (policyId: string, paidTotal: string, lastPayDate: string | null, revision: number): PolicyContributions => ({ policyId, paidTotal, lastPayDate, revision });
  const family = () => ({ familyId: uuidv7(), productId: uuidv7() });
  let fundedProductId: string;
  let memberProductId: string;

  beforeAll(async () => {
    ({ service } = await startPolicy());
    const funded = await service.data(CREATE_PRODUCT, { input: productInput('FUNDED', { lumpSum: '5000', insurancePeriod: 12 }) });
    expect(funded.createProduct.errors).toEqual([]);
    fundedProductId = funded.createProduct.product.id;
    // Priced per member for renewals (stage R: no registration): 100 an adult, 50 a child; free enrolment, sold until 2030.
    const members = await service.data(CREATE_PRODUCT, {
      input: productInput('MEMBERS', { memberCount: 3, threshold: 0, lumpSum: '0', premiumAdult: '100', premiumChild: '50', startCycles: [], dateTo: '2030-12-31' }),
    });
    expect(members.createProduct.errors).toEqual([]);
    memberProductId = members.createProduct.product.id;
  });

  afterAll(async () => {
    await service?.close();
  });

  it('keeps a partially paid policy Idle, activates it when the rest is paid (effective = max(last pay date, start)), and a copy of the event changes nothing', async () => {
    const [a, b] = [uuidv7(), uuidv7()];
    const { policy, members } = await insertPolicy(service, { ...family(), value: '1000.00', startDate: '2025-07-01', members: [{ insureeId: a }, { insureeId: b }] });
    await premiums(premium(state(policy.id, '400.00', '2025-06-10', 1)));
    expect(await policyRow(policy.id)).toMatchObject({ status: 'IDLE', effective_date: null, paid_total: '400.00', underpaid: false, version: 2 });

    const rest = premium(state(policy.id, '1000.00', '2025-07-20', 2));
    await premiums(rest);
    expect(await policyRow(policy.id)).toMatchObject({ status: 'ACTIVE', effective_date: '2025-07-20', paid_total: '1000.00', version: 3 });
    const memberDates = await service.query<{ effective_date: string }>(`select to_char(effective_date, 'YYYY-MM-DD') as effective_date from insuree_policy where policy_id = $1`, [policy.id]);
    expect(memberDates.map((row) => row.effective_date)).toEqual(['2025-07-20', '2025-07-20']);
    const events = await outbox([policy.id, ...members.map((row) => row.id)]);
    expect(events.map((event) => [event.type, event.data.paidTotal ?? event.data.effectiveDate])).toEqual([
      ['imis.policy.policy.updated.v1', '400.00'],
      ['imis.policy.policy.activated.v1', '1000.00'],
      ['imis.policy.insuree-policy.updated.v1', '2025-07-20'],
      ['imis.policy.insuree-policy.updated.v1', '2025-07-20'],
    ]);

    await premiums(copy(rest), premium(state(policy.id, '1000.00', '2025-07-20', 2), premiumUpdatedEvent));
    expect(await policyRow(policy.id)).toMatchObject({ status: 'ACTIVE', version: 3 });
    expect(await outbox([policy.id, ...members.map((row) => row.id)])).toHaveLength(4);
  });

  it('applies the newest revision whatever the order of arrival: an older one arriving late is ignored', async () => {
    const { policy } = await insertPolicy(service, { ...family(), value: '1000.00', startDate: '2025-07-01', members: [{ insureeId: uuidv7() }] });
    await premiums(premium(state(policy.id, '1000.00', '2025-05-01', 3)));
    await premiums(premium(state(policy.id, '400.00', '2025-04-01', 2)), premium(state(policy.id, '100.00', '2025-03-01', 1)));
    expect(await policyRow(policy.id)).toMatchObject({ status: 'ACTIVE', effective_date: '2025-07-01', paid_total: '1000.00', underpaid: false, version: 2 });
    expect((await outbox([policy.id])).map((event) => event.type)).toEqual(['imis.policy.policy.activated.v1']);
    const [ledger] = await service.query('select paid_total, revision from policy_contribution_state where policy_id = $1', [policy.id]);
    expect(ledger).toEqual({ paid_total: '1000.00', revision: 3 });
  });

  it('flags an Active policy underpaid when its premiums are reversed, down to none (no pay date left), with policyUpdated events; status and coverage kept', async () => {
    const { policy } = await insertPolicy(service, {
      ...family(),
      value: '1000.00',
      startDate: '2025-07-01',
      status: 'ACTIVE',
      effectiveDate: '2025-07-01',
      paidTotal: '1000.00',
      members: [{ insureeId: uuidv7() }],
    });
    await premiums(reversal(state(policy.id, '600.00', '2025-06-01', 4)));
    expect(await policyRow(policy.id)).toMatchObject({ status: 'ACTIVE', effective_date: '2025-07-01', paid_total: '600.00', underpaid: true, version: 2 });
    await premiums(reversal(state(policy.id, '0.00', null, 5)));
    expect(await policyRow(policy.id)).toMatchObject({ status: 'ACTIVE', paid_total: '0.00', underpaid: true, version: 3 });
    const events = await outbox([policy.id]);
    expect(events.map((event) => [event.type, event.data.paidTotal, event.data.underpaid, event.data.status])).toEqual([
      ['imis.policy.policy.updated.v1', '600.00', true, 'ACTIVE'],
      ['imis.policy.policy.updated.v1', '0.00', true, 'ACTIVE'],
    ]);
    const [members] = await service.query<{ n: string }>('select count(*) as n from insuree_policy where policy_id = $1 and effective_date is not null', [policy.id]);
    expect(Number(members.n)).toBe(1);
  });

  it('creates a funding policy whose premium came first: Active from the pay date, for the product location’s pseudo-family, with the paid total; a copy creates nothing more', async () => {
    const policyId = uuidv7();
    const locationId = uuidv7();
    await premiums(premium(state(policyId, '5000.00', '2025-03-15', 1)));
    expect(await policyRow(policyId)).toBeUndefined();

    const data: FundingRecordedData = {
      id: uuidv7(),
      payerId: uuidv7(),
      productId: fundedProductId,
      locationId,
      policyId,
      premiumId: uuidv7(),
      amount: '5000.00',
      receipt: 'F-1',
      payDate: '2025-03-15',
      version: 1,
    };
    const funding = createEvent(fundingRecordedEvent, { subject: data.id, data });
    await publish('contribution', 'funding', funding);
    const familyId = fundingFamilyId(fundedProductId, locationId);
    expect(await policyRow(policyId)).toEqual({
      family_id: familyId,
      product_id: fundedProductId,
      stage: 'N',
      status: 'ACTIVE',
      value: '5000.00',
      enrol_date: '2025-03-15',
      start_date: '2025-03-15',
      effective_date: '2025-03-15',
      expiry_date: '2026-03-14',
      previous_policy_id: null,
      paid_total: '5000.00',
      underpaid: false,
      version: 3,
    });
    expect(await service.query('select product_id, location_id from funding_family where family_id = $1', [familyId])).toEqual([{ product_id: fundedProductId, location_id: locationId }]);
    expect(await service.query('select 1 from insuree_policy where policy_id = $1', [policyId])).toEqual([]);
    const events = (await outbox([policyId])).map((event) => [event.type, event.data.status, event.data.paidTotal]);
    expect(events).toEqual([
      ['imis.policy.policy.created.v1', 'IDLE', '0.00'],
      ['imis.policy.policy.activated.v1', 'ACTIVE', '0.00'],
      ['imis.policy.policy.updated.v1', 'ACTIVE', '5000.00'],
    ]);

    await publish('contribution', 'funding', copy(funding));
    expect(await policyRow(policyId)).toMatchObject({ version: 3 });
    expect(await outbox([policyId])).toHaveLength(3);
  });

  it('creates the renewal a matched payment names for an Active policy (stage R, enrolled the day after expiry, all members, value by the rule), activated by its premium that came first; a copy creates nothing more', async () => {
    const village = uuidv7();
    const seeded = familyStates(village, ['1980-01-01', '1982-02-02']);
    await seedFamilies(service, [seeded]);
    const startDate = addDays(today(), -30);
    const { policy } = await insertPolicy(service, {
      familyId: seeded.family.id,
      productId: memberProductId,
      value: '200.00',
      startDate,
      status: 'ACTIVE',
      effectiveDate: startDate,
      paidTotal: '200.00',
      members: seeded.members.map((member) => ({ insureeId: member.id })),
    });
    const renewalId = uuidv7();
    await premiums(premium(state(renewalId, '200.00', today(), 1)));

    const payment = matchedPayment([{ policyId: policy.id, renewalPolicyId: renewalId }]);
    await publish('payment', 'payments', payment);
    const renewalStart = addDays(policy.expiryDate, 1);
    expect(await policyRow(renewalId)).toMatchObject({
      family_id: seeded.family.id,
      product_id: memberProductId,
      stage: 'R',
      status: 'ACTIVE',
      value: '200.00',
      enrol_date: renewalStart,
      start_date: renewalStart,
      effective_date: renewalStart,
      previous_policy_id: policy.id,
      paid_total: '200.00',
    });
    const rows = await service.query<{ insuree_id: string; effective_date: string }>(
      `select insuree_id, to_char(effective_date, 'YYYY-MM-DD') as effective_date from insuree_policy where policy_id = $1 order by insuree_id`,
      [renewalId],
    );
    expect(rows).toEqual(seeded.members.map((member) => ({ insuree_id: member.id, effective_date: renewalStart })).sort((x, y) => x.insuree_id.localeCompare(y.insuree_id)));
    expect((await outbox([renewalId])).map((event) => event.type)).toEqual(['imis.policy.policy.renewed.v1', 'imis.policy.policy.activated.v1']);
    expect(await policyRow(policy.id)).toMatchObject({ status: 'ACTIVE', version: 1 });

    await publish('payment', 'payments', copy(payment));
    expect(await service.query('select id from policy where previous_policy_id = $1', [policy.id])).toHaveLength(1);
    expect(await outbox([renewalId])).toHaveLength(2);
  });

  it('keeps a renewal Idle until its premium arrives after the matched payment', async () => {
    const seeded = familyStates(uuidv7(), ['1980-01-01']);
    await seedFamilies(service, [seeded]);
    const startDate = addDays(today(), -10);
    const { policy } = await insertPolicy(service, {
      familyId: seeded.family.id,
      productId: memberProductId,
      value: '100.00',
      startDate,
      status: 'ACTIVE',
      effectiveDate: startDate,
      paidTotal: '100.00',
      members: [{ insureeId: seeded.members[0].id }],
    });
    const renewalId = uuidv7();
    await publish('payment', 'payments', matchedPayment([{ policyId: policy.id, renewalPolicyId: renewalId }]));
    expect(await policyRow(renewalId)).toMatchObject({ stage: 'R', status: 'IDLE', value: '100.00', paid_total: '0.00', effective_date: null });
    await premiums(premium(state(renewalId, '100.00', today(), 1)));
    expect(await policyRow(renewalId)).toMatchObject({ status: 'ACTIVE', effective_date: addDays(policy.expiryDate, 1), paid_total: '100.00' });
  });
});

describe('with the activation option "ready": a matched payment makes a Ready policy Active; an unknown funded product is dead-lettered', () => {
  let service: ServiceTestApp;
  const { policyRow, outbox, publish } = probes(() => service);
  const premiums = (...events: CloudEvent<unknown>[]) => publish('contribution', 'contributions', ...events);

  beforeAll(async () => {
    ({ service } = await startPolicy({ POLICY_ACTIVATION_OPTION: 'ready', CONSUMER_MAX_DELIVER: '2' }));
  });

  afterAll(async () => {
    await service?.close();
  });

  it('makes a paid policy Ready, then Active once a payment is matched to it, whichever comes first', async () => {
    const base = { familyId: uuidv7(), productId: uuidv7(), value: '300.00', startDate: '2025-07-01', members: [{ insureeId: uuidv7() }] };
    const { policy: paidFirst } = await insertPolicy(service, base);
    await premiums(premium({ policyId: paidFirst.id, paidTotal: '300.00', lastPayDate: '2025-06-01', revision: 1 }));
    expect(await policyRow(paidFirst.id)).toMatchObject({ status: 'READY', effective_date: '2025-07-01' });

    const { policy: matchedFirst } = await insertPolicy(service, base);
    await publish('payment', 'payments', matchedPayment([{ policyId: paidFirst.id }, { policyId: matchedFirst.id }]));
    expect(await policyRow(paidFirst.id)).toMatchObject({ status: 'ACTIVE', effective_date: '2025-07-01' });
    expect(await policyRow(matchedFirst.id)).toMatchObject({ status: 'IDLE' });
    await premiums(premium({ policyId: matchedFirst.id, paidTotal: '300.00', lastPayDate: '2025-07-10', revision: 1 }));
    expect(await policyRow(matchedFirst.id)).toMatchObject({ status: 'ACTIVE', effective_date: '2025-07-10' });
    expect((await outbox([paidFirst.id])).map((event) => [event.type, event.data.status])).toEqual([
      ['imis.policy.policy.activated.v1', 'READY'],
      ['imis.policy.policy.activated.v1', 'ACTIVE'],
    ]);
  });

  it('dead-letters a funding of a product the policy service does not have, creating nothing', async () => {
    const data: FundingRecordedData = {
      id: uuidv7(),
      payerId: uuidv7(),
      productId: uuidv7(),
      locationId: null,
      policyId: uuidv7(),
      premiumId: uuidv7(),
      amount: '10.00',
      receipt: 'F-X',
      payDate: '2025-03-15',
      version: 1,
    };
    await service.publishAs('contribution', [createEvent(fundingRecordedEvent, { subject: data.id, data })]);
    const jsm = await jetstreamManager(service.nats);
    const stream = dlqStreamName(service.prefix);
    await service.eventually(async () => (await jsm.streams.info(stream).catch(() => null))?.state.messages === 1, 20_000);
    const letter = await jsm.streams.getMessage(stream, { seq: (await jsm.streams.info(stream)).state.first_seq });
    expect(letter?.subject).toBe(dlqSubject(service.prefix, 'policy-funding'));
    expect(letter?.header?.get('Imis-Error')).toContain('PRODUCT_NOT_FOUND');
    expect(await policyRow(data.policyId)).toBeUndefined();
  });
});
