import type { EntityManager } from '@mikro-orm/postgresql';
import { centsToMoney, moneyToCents } from '@imis/kernel';
import { recordHistory, sqlRunner, uuidArrayLiteral } from '@imis/persistence';
import { Claim, type ClaimLine, type ClaimLines } from '../../claim';
import { type ClaimAdjudication, type DedRemRow, type SplitMoney, storedTrace, type UsageCounters } from '../domain';
import { POLICY_LEVEL } from './usage-counter.entities';

const money = (cents: number) => centsToMoney(cents);
const quantityText = (value: number) => value.toFixed(2);

/** Sets a claim's and its lines' results from the domain's adjudication, in memory (writeAdjudicated stores them). */
export function applyAdjudication(claim: Claim, lines: ClaimLines, result: ClaimAdjudication, actor: string, at: Date): void {
  claim.status = result.status;
  claim.rejectionReason = result.rejectionReason;
  claim.category = result.category;
  claim.approved = result.approved;
  claim.valuated = result.valuated;
  claim.remunerated = result.remunerated;
  claim.queued = false;
  claim.markChanged(actor, at);
  const byId = new Map<string, ClaimLine>([...lines.items, ...lines.services].map((line) => [line.id, line]));
  for (const adjudicated of result.lines) {
    const line = byId.get(adjudicated.lineId);
    if (!line) continue;
    const coverage = adjudicated.coverage;
    const valuation = adjudicated.valuation;
    line.status = adjudicated.status;
    line.rejectionReason = adjudicated.rejectionReason;
    line.productId = coverage?.productId ?? null;
    line.policyId = coverage?.policyId ?? null;
    line.priceOrigin = coverage?.priceOrigin ?? null;
    line.limitation = coverage?.limitation ?? null;
    line.limitationValue = coverage ? coverage.limitationValue.toFixed(2) : null;
    line.quantityApproved = adjudicated.status === 'PASSED' ? quantityText(adjudicated.qtyApproved) : line.quantityApproved;
    line.priceAdjusted = valuation?.priceAdjusted ?? null;
    line.priceValuated = valuation?.priceValuated ?? null;
    line.deductibleAmount = valuation?.deductibleAmount ?? null;
    line.exceedCeilingAmount = valuation?.exceedCeilingAmount ?? null;
    line.exceedCeilingAmountCategory = valuation?.exceedCeilingAmountCategory ?? null;
    line.remuneratedAmount = valuation?.remuneratedAmount ?? null;
    line.trace = storedTrace(adjudicated.trace);
  }
}

const CLAIM_RESULTS = `update claim c set status = r.status, rejection_reason = r.rejection_reason, category = r.category, approved = r.approved,
    valuated = r.valuated, remunerated = r.remunerated, queued = false, version = c.version + 1, valid_from = ?::timestamptz, updated_at = ?::timestamptz, changed_by = ?
  from json_to_recordset(?::json) as r(id uuid, version int, status text, rejection_reason smallint, category text, approved numeric, valuated numeric, remunerated numeric)
  where c.id = r.id and c.version = r.version`;

const lineResults = (table: 'claim_item' | 'claim_service') => `update ${table} l set status = r.status, rejection_reason = r.rejection_reason, product_id = r.product_id,
    policy_id = r.policy_id, price_origin = r.price_origin, limitation = r.limitation, limitation_value = r.limitation_value, quantity_approved = r.quantity_approved,
    price_adjusted = r.price_adjusted, price_valuated = r.price_valuated, deductible_amount = r.deductible_amount, exceed_ceiling_amount = r.exceed_ceiling_amount,
    exceed_ceiling_amount_category = r.exceed_ceiling_amount_category, remunerated_amount = r.remunerated_amount, trace = r.trace, updated_at = ?::timestamptz
  from json_to_recordset(?::json) as r(id uuid, status text, rejection_reason smallint, product_id uuid, policy_id uuid, price_origin text, limitation text,
    limitation_value numeric, quantity_approved numeric, price_adjusted numeric, price_valuated numeric, deductible_amount numeric, exceed_ceiling_amount numeric,
    exceed_ceiling_amount_category numeric, remunerated_amount numeric, trace json)
  where l.id = r.id`;

/** The results of both kinds of lines in one statement. */
const LINE_RESULTS = `with items as (${lineResults('claim_item')}) ${lineResults('claim_service')}`;

/**
 * Stores what applyAdjudication set on the batch's claims (loaded unmanaged: the unit of work never sees them) and
 * their current lines, set-based: the claims' previous versions to history, then one update of the claims (each
 * from the version read, else the batch fails) and one per line table. The claims' versions become the new ones.
 */
export async function writeAdjudicated(tx: EntityManager, claims: readonly Claim[], lines: ReadonlyMap<string, ClaimLines>, actor: string, at: Date): Promise<void> {
  if (claims.length === 0) return;
  const sql = sqlRunner(tx);
  await recordHistory(tx, Claim, claims.map((claim) => claim.id), actor, at);
  const rows = claims.map((claim) => ({
    id: claim.id,
    version: claim.version,
    status: claim.status,
    rejection_reason: claim.rejectionReason,
    category: claim.category,
    approved: claim.approved,
    valuated: claim.valuated,
    remunerated: claim.remunerated,
  }));
  const updated = await sql.run(CLAIM_RESULTS, [at, at, actor, JSON.stringify(rows)]);
  if (updated !== claims.length) throw new Error(`adjudication: ${claims.length - updated} claim(s) changed since they were read`);
  for (const claim of claims) claim.version += 1;
  const items = claims.flatMap((claim) => lines.get(claim.id)?.items ?? []);
  const services = claims.flatMap((claim) => lines.get(claim.id)?.services ?? []);
  await sql.run(LINE_RESULTS, [at, JSON.stringify(items.map(lineRow)), at, JSON.stringify(services.map(lineRow))]);
}

function lineRow(line: ClaimLine): Record<string, unknown> {
  return {
    id: line.id,
    status: line.status,
    rejection_reason: line.rejectionReason,
    product_id: line.productId,
    policy_id: line.policyId,
    price_origin: line.priceOrigin,
    limitation: line.limitation,
    limitation_value: line.limitationValue,
    quantity_approved: line.quantityApproved,
    price_adjusted: line.priceAdjusted,
    price_valuated: line.priceValuated,
    deductible_amount: line.deductibleAmount,
    exceed_ceiling_amount: line.exceedCeilingAmount,
    exceed_ceiling_amount_category: line.exceedCeilingAmountCategory,
    remunerated_amount: line.remuneratedAmount,
    trace: line.trace,
  };
}

const SET_ASIDE = `update claim set queued = false, adjudication_error = ?, version = version + 1, valid_from = ?::timestamptz, updated_at = ?::timestamptz, changed_by = ?
  where id = any(?::uuid[]) and queued`;

/** Takes claims out of the queue with why their adjudication failed (their previous versions to history); they stay ENTERED. */
export async function setAsideClaims(tx: EntityManager, claimIds: readonly string[], reason: string, actor: string, at: Date): Promise<void> {
  if (claimIds.length === 0) return;
  await recordHistory(tx, Claim, claimIds, actor, at);
  await sqlRunner(tx).run(SET_ASIDE, [reason, at, at, actor, uuidArrayLiteral([...claimIds])]);
}

/** The ClaimDedRem rows of the batch, in one insert. */
export async function insertDedRem(tx: EntityManager, rows: readonly DedRemRow[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = (pick: (row: DedRemRow) => string) => `{${rows.map(pick).join(',')}}`;
  await sqlRunner(tx).run(
    `insert into claim_ded_rem (claim_id, policy_id, insuree_id, hospital, deducted_general, deducted_in_patient, deducted_out_patient,
                                remunerated_general, remunerated_in_patient, remunerated_out_patient)
     select * from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::boolean[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[])
     on conflict (claim_id, policy_id) do update set hospital = excluded.hospital,
       deducted_general = excluded.deducted_general, deducted_in_patient = excluded.deducted_in_patient, deducted_out_patient = excluded.deducted_out_patient,
       remunerated_general = excluded.remunerated_general, remunerated_in_patient = excluded.remunerated_in_patient, remunerated_out_patient = excluded.remunerated_out_patient`,
    [
      columns((row) => row.claimId),
      columns((row) => row.policyId),
      columns((row) => row.insureeId),
      columns((row) => String(row.hospital)),
      columns((row) => row.deducted.general),
      columns((row) => row.deducted.inPatient),
      columns((row) => row.deducted.outPatient),
      columns((row) => row.remunerated.general),
      columns((row) => row.remunerated.inPatient),
      columns((row) => row.remunerated.outPatient),
    ],
  );
}

const AMOUNT_COLUMNS = ['deducted_general', 'deducted_in_patient', 'deducted_out_patient', 'remunerated_general', 'remunerated_in_patient', 'remunerated_out_patient'];

const ADD_USAGE = `with quantities as (
    insert into claim_usage_quantity (insuree_policy_id, kind, medical_id, quantity) select * from unnest(?::uuid[], ?::text[], ?::uuid[], ?::numeric[])
    on conflict (insuree_policy_id, kind, medical_id) do update set quantity = claim_usage_quantity.quantity + excluded.quantity),
  categories as (
    insert into claim_usage_category (insuree_policy_id, category, claims) select * from unnest(?::uuid[], ?::text[], ?::int[])
    on conflict (insuree_policy_id, category) do update set claims = claim_usage_category.claims + excluded.claims)
  insert into claim_usage_amount (policy_id, insuree_id, ${AMOUNT_COLUMNS.join(', ')})
  select * from unnest(?::uuid[], ?::uuid[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[])
  on conflict (policy_id, insuree_id) do update set ${AMOUNT_COLUMNS.map((name) => `${name} = claim_usage_amount.${name} + excluded.${name}`).join(', ')}`;

/**
 * Adds the batch's consumption (counters after − before) to the three counter tables in one statement. Additive, so
 * a row another transaction changed meanwhile (it cannot while the family is locked) would still add up.
 */
export async function addUsage(tx: EntityManager, before: UsageCounters, after: UsageCounters): Promise<void> {
  const quantities = quantityDeltas(before, after);
  const categories = categoryDeltas(before, after);
  const amounts = amountDeltas(before, after);
  if (quantities.length + categories.length + amounts.length === 0) return;
  const list = (values: readonly (string | number)[]) => `{${values.join(',')}}`;
  await sqlRunner(tx).run(ADD_USAGE, [
    uuidArrayLiteral(quantities.map((row) => row.insureePolicyId)),
    list(quantities.map((row) => row.kind)),
    uuidArrayLiteral(quantities.map((row) => row.medicalId)),
    list(quantities.map((row) => quantityText(row.delta))),
    uuidArrayLiteral(categories.map((row) => row.insureePolicyId)),
    list(categories.map((row) => row.category)),
    list(categories.map((row) => row.delta)),
    uuidArrayLiteral(amounts.map((row) => row.policyId)),
    uuidArrayLiteral(amounts.map((row) => row.insureeId)),
    ...AMOUNT_COLUMNS.map((_, index) => list(amounts.map((row) => money(row.cents[index])))),
  ]);
}

function quantityDeltas(before: UsageCounters, after: UsageCounters) {
  const key = (row: { insureePolicyId: string; kind: string; medicalId: string }) => `${row.insureePolicyId}|${row.kind}|${row.medicalId}`;
  const old = new Map(before.quantities.map((row) => [key(row), row.quantity]));
  return after.quantities.map((row) => ({ ...row, delta: Math.round((row.quantity - (old.get(key(row)) ?? 0)) * 100) / 100 })).filter((row) => row.delta !== 0);
}

function categoryDeltas(before: UsageCounters, after: UsageCounters) {
  const key = (row: { insureePolicyId: string; category: string }) => `${row.insureePolicyId}|${row.category}`;
  const old = new Map(before.categories.map((row) => [key(row), row.claims]));
  return after.categories.map((row) => ({ ...row, delta: row.claims - (old.get(key(row)) ?? 0) })).filter((row) => row.delta !== 0);
}

interface AmountDelta {
  policyId: string;
  insureeId: string;
  cents: number[];
}

function amountDeltas(before: UsageCounters, after: UsageCounters): AmountDelta[] {
  const flat = (counters: UsageCounters) =>
    new Map(
      [...counters.policyAmounts.map((row) => ({ ...row, insureeId: POLICY_LEVEL })), ...counters.insureeAmounts].map((row) => [
        `${row.policyId}|${row.insureeId}`,
        { policyId: row.policyId, insureeId: row.insureeId, cents: [...splitCents(row.deducted), ...splitCents(row.remunerated)] },
      ]),
    );
  const old = flat(before);
  const deltas: AmountDelta[] = [];
  for (const [key, row] of flat(after)) {
    const previous = old.get(key)?.cents ?? [0, 0, 0, 0, 0, 0];
    const cents = row.cents.map((value, index) => value - previous[index]);
    if (cents.some((value) => value !== 0)) deltas.push({ ...row, cents });
  }
  return deltas;
}

function splitCents(split: SplitMoney): number[] {
  return [moneyToCents(split.general), moneyToCents(split.inPatient), moneyToCents(split.outPatient)];
}
