import { EntityManager } from '@mikro-orm/postgresql';
import { runUseCase } from '@imis/application';
import { uuidv7 } from '@imis/persistence';
import type { ServiceTestApp } from '@imis/testing';
import { RecordPolicyContributions, type RecordPolicyContributionsData } from '../src/modules/activation';
import { startPolicy } from './support/policy-service';
import { insertPolicy } from './support/policy-rows';

interface OutboxEvent {
  type: string;
  subject: string;
  data: Record<string, unknown>;
}

describe('recording a policy’s contributions (activation)', () => {
  let service: ServiceTestApp;
  const record = (data: RecordPolicyContributionsData) =>
    runUseCase(service.app.get(EntityManager), service.app.get(RecordPolicyContributions), data, { actor: 'contribution-service' });
  const events = async (subjects: string[]): Promise<OutboxEvent[]> =>
    (await service.query<{ payload: OutboxEvent }>(`select payload from outbox where payload->>'subject' = any($1) order by id`, [subjects])).map((row) => row.payload);
  const policyRow = async (id: string) =>
    (await service.query<{ status: string; effective_date: string | null; paid_total: string; underpaid: boolean; version: number }>(
      `select status, to_char(effective_date, 'YYYY-MM-DD') as effective_date, paid_total, underpaid, version from policy where id = $1`,
      [id],
    ))[0];
  const memberDates = async (policyId: string) =>
    (await service.query<{ insuree_id: string; effective_date: string | null }>(
      `select insuree_id, to_char(effective_date, 'YYYY-MM-DD') as effective_date from insuree_policy where policy_id = $1 order by insuree_id`,
      [policyId],
    )).map((row) => [row.insuree_id, row.effective_date]);
  const family = () => ({ familyId: uuidv7(), productId: uuidv7() });

  beforeAll(async () => {
    ({ service } = await startPolicy());
  });

  afterAll(async () => {
    await service?.close();
  });

  it('stores a partial payment of an Idle policy, announced by a policyUpdated event, and changes nothing else; the same total again changes nothing', async () => {
    const member = uuidv7();
    const { policy, members } = await insertPolicy(service, { ...family(), value: '1000.00', startDate: '2025-07-01', members: [{ insureeId: member }] });
    const result = await record({ policyId: policy.id, paidTotal: '400', lastPayDate: '2025-06-10' });
    expect(result).toMatchObject({ errors: [], status: 'IDLE', paidTotal: '400.00', activated: false, coveredInsureeIds: [], warnings: [] });
    expect(await policyRow(policy.id)).toMatchObject({ status: 'IDLE', effective_date: null, paid_total: '400.00', underpaid: false, version: 2 });
    const published = await events([policy.id, members[0].id]);
    expect(published.map((event) => [event.type, event.data.paidTotal, event.data.status])).toEqual([['imis.policy.policy.updated.v1', '400.00', 'IDLE']]);
    await record({ policyId: policy.id, paidTotal: '400.00', lastPayDate: '2025-06-10' });
    expect(await policyRow(policy.id)).toMatchObject({ paid_total: '400.00', version: 2 });
    expect(await events([policy.id])).toHaveLength(1);
  });

  it('activates a policy paid in full after its start from the pay date, covering its members, with events', async () => {
    const [a, b] = [uuidv7(), uuidv7()].sort();
    const { policy, members } = await insertPolicy(service, { ...family(), value: '1000.00', startDate: '2025-07-01', members: [{ insureeId: a }, { insureeId: b }] });
    const result = await record({ policyId: policy.id, paidTotal: '1000.00', lastPayDate: '2025-07-20' });
    expect(result).toMatchObject({ errors: [], status: 'ACTIVE', effectiveDate: '2025-07-20', activated: true, warnings: [] });
    expect(result.coveredInsureeIds?.sort()).toEqual([a, b]);
    expect(await policyRow(policy.id)).toMatchObject({ status: 'ACTIVE', effective_date: '2025-07-20', version: 2 });
    expect(await memberDates(policy.id)).toEqual([
      [a, '2025-07-20'],
      [b, '2025-07-20'],
    ]);
    const published = await events([policy.id, ...members.map((row) => row.id)]);
    expect(published.map((event) => event.type).sort()).toEqual([
      'imis.policy.insuree-policy.updated.v1',
      'imis.policy.insuree-policy.updated.v1',
      'imis.policy.policy.activated.v1',
    ]);
    expect(published.find((event) => event.subject === policy.id)?.data).toMatchObject({ status: 'ACTIVE', effectiveDate: '2025-07-20', version: 2 });
    expect(await service.query('select id from history where entity_id = $1', [policy.id])).toHaveLength(1);
  });

  it('activates an over-paid policy from its start when paid early, with a warning; members already covered keep their date', async () => {
    const [covered, pending] = [uuidv7(), uuidv7()];
    const { policy } = await insertPolicy(service, {
      ...family(),
      value: '1000.00',
      startDate: '2025-07-01',
      members: [{ insureeId: covered, effectiveDate: '2025-07-05' }, { insureeId: pending }],
    });
    const result = await record({ policyId: policy.id, paidTotal: '1200.50', lastPayDate: '2025-05-01' });
    expect(result).toMatchObject({ errors: [], status: 'ACTIVE', effectiveDate: '2025-07-01', coveredInsureeIds: [pending] });
    expect(result.warnings?.map((warning) => warning.code)).toEqual(['OVERPAID']);
    expect(Object.fromEntries(await memberDates(policy.id))).toEqual({ [covered]: '2025-07-05', [pending]: '2025-07-01' });
  });

  it('flags an activated policy whose paid total fell below its value, status and coverage unchanged, with a policyUpdated event', async () => {
    const member = uuidv7();
    const { policy } = await insertPolicy(service, {
      ...family(),
      value: '1000.00',
      startDate: '2025-07-01',
      status: 'ACTIVE',
      effectiveDate: '2025-07-01',
      paidTotal: '1000.00',
      members: [{ insureeId: member }],
    });
    const result = await record({ policyId: policy.id, paidTotal: '600', lastPayDate: '2025-07-01' });
    expect(result).toMatchObject({ errors: [], status: 'ACTIVE', underpaid: true, activated: false });
    expect(result.warnings?.map((warning) => warning.code)).toEqual(['UNDERPAID']);
    expect(await policyRow(policy.id)).toMatchObject({ status: 'ACTIVE', effective_date: '2025-07-01', paid_total: '600.00', underpaid: true });
    expect(await memberDates(policy.id)).toEqual([[member, '2025-07-01']]);
    expect((await events([policy.id])).map((event) => event.type)).toEqual(['imis.policy.policy.updated.v1']);
  });

  it('covers a member who joined an activated policy once it is paid in full again', async () => {
    const [old, joined] = [uuidv7(), uuidv7()];
    const { policy } = await insertPolicy(service, {
      ...family(),
      value: '1500.00',
      startDate: '2025-01-01',
      status: 'ACTIVE',
      effectiveDate: '2025-01-01',
      paidTotal: '1000.00',
      members: [{ insureeId: old }, { insureeId: joined, effectiveDate: null }],
    });
    const result = await record({ policyId: policy.id, paidTotal: '1500', lastPayDate: '2025-03-03' });
    expect(result).toMatchObject({ errors: [], status: 'ACTIVE', effectiveDate: '2025-01-01', activated: false, coveredInsureeIds: [joined] });
    expect(Object.fromEntries(await memberDates(policy.id))).toEqual({ [old]: '2025-01-01', [joined]: '2025-03-03' });
  });

  it('refuses bad input and unknown policies with specific codes, writing nothing', async () => {
    const { policy } = await insertPolicy(service, { ...family(), value: '1000.00', startDate: '2025-07-01', members: [] });
    const outboxBefore = await service.count('outbox');
    expect((await record({ policyId: policy.id, paidTotal: '-5', lastPayDate: '2025-07-01' })).errors).toEqual([expect.objectContaining({ code: 'POLICY_PAID_TOTAL_INVALID' })]);
    expect((await record({ policyId: policy.id, paidTotal: '10.001', lastPayDate: '2025-07-01' })).errors).toEqual([expect.objectContaining({ code: 'POLICY_PAID_TOTAL_INVALID' })]);
    expect((await record({ policyId: policy.id, paidTotal: '1000', lastPayDate: '2025-02-30' })).errors).toEqual([expect.objectContaining({ code: 'POLICY_PAY_DATE_INVALID' })]);
    expect((await record({ policyId: uuidv7(), paidTotal: '1000', lastPayDate: '2025-07-01' })).errors).toEqual([expect.objectContaining({ code: 'POLICY_NOT_FOUND' })]);
    expect((await record({ policyId: 'not-a-uuid', paidTotal: '1000', lastPayDate: '2025-07-01' })).errors).toEqual([expect.objectContaining({ code: 'POLICY_NOT_FOUND' })]);
    expect(await policyRow(policy.id)).toMatchObject({ status: 'IDLE', paid_total: '0.00', version: 1 });
    expect(await service.count('outbox')).toBe(outboxBefore);
  });
});
