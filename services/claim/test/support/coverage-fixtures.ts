import { uuidv7 } from '@imis/persistence';
import type { ServiceTestApp } from '@imis/testing';
import type { ClaimWorld } from './claim-fixtures';

const amounts = (general: string | null) => JSON.stringify({ general, inPatient: null, outPatient: null });
const limit = (maxCount: number | null, maxAmount: string | null = null) => ({ maxCount, maxAmount });

export interface CoverageOptions {
  /** I per insuree, P per policy (shared by the family), T per claim. */
  ceilingType?: 'I' | 'P' | 'T';
  deductible?: string | null;
  ceiling?: string | null;
  /** Quantity of I1 an adult may get per coverage window (0: unlimited). */
  itemLimitCount?: number;
  /** Visit claims per coverage window. */
  maxVisits?: number | null;
  /** Co-insurance % the scheme pays. */
  coInsurance?: number;
}

/**
 * Writes, set-based, what the policy and medical services would project: a product covering I1, I2, S1, S2, an
 * Active policy of the world's family for 2026 with every member covered, and price lists for facility1.
 */
export async function seedCoverage(service: ServiceTestApp, world: ClaimWorld, options: CoverageOptions = {}): Promise<{ productId: string; policyId: string }> {
  const productId = uuidv7();
  const policyId = uuidv7();
  const [family] = await service.query<{ family_id: string }>('select family_id from projected_insuree where id = $1', [world.insurees[0].id]);
  const items = await service.query<{ id: string; code: string }>('select id, code from projected_medical_item');
  const services = await service.query<{ id: string; code: string }>('select id, code from projected_medical_service');
  const categoryLimits = { consultation: limit(null), surgery: limit(null), delivery: limit(null), hospitalization: limit(null), visit: limit(options.maxVisits ?? null), antenatal: limit(null) };
  await service.query(
    `insert into projected_product (id, code, name, location_id, date_from, date_to, conversion_product_id, insurance_period, grace_period_payment, max_installments,
       member_count, threshold, ceiling_type, ceiling_interpretation, deductible, ceiling, extra_member_ceiling, max_policy_ceiling, category_limits, relative_prices,
       capitation, account_codes, deleted, version)
     values ($1, 'PRD1', 'Product', null, '2020-01-01', '2030-12-31', null, 12, 0, 0, 6, 6, $2, 'I', $3, $4, $5, $5, $6, '{"period":null}', null, '{}', false, 1)`,
    [productId, options.ceilingType ?? 'P', amounts(options.deductible ?? null), amounts(options.ceiling ?? null), amounts(null), JSON.stringify(categoryLimits)],
  );
  const lineLimit = { limitationType: 'C', adult: options.coInsurance ?? 100, child: options.coInsurance ?? 100 };
  const limits = JSON.stringify({ normal: lineLimit, emergency: lineLimit, referral: lineLimit });
  const lines = [...items.map((item) => ({ kind: 'ITEM', id: item.id, count: item.code === 'I1' ? (options.itemLimitCount ?? 0) : 0 })), ...services.map((s) => ({ kind: 'SERVICE', id: s.id, count: 0 }))];
  await service.query(
    `insert into projected_product_line (product_id, kind, line_id, price_origin, limits, waiting_period_adult, waiting_period_child, limit_count_adult, limit_count_child,
       ceiling_exclusion_adult, ceiling_exclusion_child)
     select $1, t.kind, t.line_id, 'P', $2::jsonb, 0, 0, t.count, t.count, null, null from unnest($3::text[], $4::uuid[], $5::int[]) as t(kind, line_id, count)`,
    [productId, limits, lines.map((line) => line.kind), lines.map((line) => line.id), lines.map((line) => line.count)],
  );
  await service.query(
    `insert into projected_policy (id, family_id, product_id, officer_id, stage, status, value, enrol_date, start_date, effective_date, expiry_date, previous_policy_id, deleted, version, paid_total)
     values ($1, $2, $3, null, 'N', 'ACTIVE', '100.00', '2026-01-01', '2026-01-01', '2026-01-01', '2026-12-31', null, false, 1, '100.00')`,
    [policyId, family.family_id, productId],
  );
  await service.query(
    `insert into projected_insuree_policy (id, insuree_id, policy_id, enrolment_date, start_date, effective_date, expiry_date, deleted, version)
     select gen_random_uuid(), t.id, $1, '2026-01-01', '2026-01-01', '2026-01-01', '2026-12-31', false, 1 from unnest($2::uuid[]) as t(id)`,
    [policyId, world.insurees.map((insuree) => insuree.id)],
  );
  const itemList = uuidv7();
  const serviceList = uuidv7();
  await service.query(
    `insert into projected_price_list (id, kind, name, location_id, date, deleted, version) values ($1, 'ITEMS', 'Items', null, '2020-01-01', false, 1), ($2, 'SERVICES', 'Services', null, '2020-01-01', false, 1)`,
    [itemList, serviceList],
  );
  await service.query(
    `insert into projected_price_list_detail (price_list_id, line_id, price) select $1::uuid, unnest($2::uuid[]), null::numeric union all select $3::uuid, unnest($4::uuid[]), null::numeric`,
    [itemList, items.map((item) => item.id), serviceList, services.map((s) => s.id)],
  );
  await service.query(
    `insert into projected_facility_price_lists (health_facility_id, items_price_list_id, services_price_list_id, version) values ($1, $2, $3, 1)
     on conflict (health_facility_id) do update set items_price_list_id = excluded.items_price_list_id, services_price_list_id = excluded.services_price_list_id`,
    [world.facility1, itemList, serviceList],
  );
  return { productId, policyId };
}

/** Everything adjudication decided, without versions and times: two runs that decided alike give equal snapshots. */
export async function adjudicationSnapshot(service: ServiceTestApp): Promise<Record<string, unknown[]>> {
  const lineColumns = `claim_id, status, rejection_reason, product_id, policy_id, quantity_approved::text, price_adjusted::text, price_valuated::text,
    deductible_amount::text, exceed_ceiling_amount::text, remunerated_amount::text, trace`;
  return {
    claims: await service.query(`select id, status, rejection_reason, queued, category, approved::text, valuated::text, remunerated::text from claim order by submission_seq`),
    items: await service.query(`select ${lineColumns} from claim_item where replaced_in_version is null order by id`),
    services: await service.query(`select ${lineColumns} from claim_service where replaced_in_version is null order by id`),
    quantities: await service.query('select insuree_policy_id, kind, medical_id, quantity::text from claim_usage_quantity order by 1, 2, 3'),
    categories: await service.query('select insuree_policy_id, category, claims from claim_usage_category order by 1, 2'),
    amounts: await service.query('select * from claim_usage_amount order by policy_id, insuree_id'),
    dedRem: await service.query('select * from claim_ded_rem order by claim_id, policy_id'),
  };
}

/** Puts every submitted claim back in the queue, as before adjudication (counters emptied). */
export async function resetAdjudication(service: ServiceTestApp): Promise<void> {
  await service.query(`update claim set status = 'ENTERED', rejection_reason = 0, category = null, approved = null, valuated = null, remunerated = null, queued = true
                       where submission_seq is not null`);
  for (const table of ['claim_item', 'claim_service']) {
    await service.query(`update ${table} set status = null, rejection_reason = null, product_id = null, policy_id = null, price_origin = null, limitation = null,
      limitation_value = null, quantity_approved = null, price_adjusted = null, price_valuated = null, deductible_amount = null, exceed_ceiling_amount = null,
      exceed_ceiling_amount_category = null, remunerated_amount = null, trace = null`);
  }
  for (const table of ['claim_usage_quantity', 'claim_usage_category', 'claim_usage_amount', 'claim_ded_rem']) await service.query(`delete from ${table}`);
}

/** Another family of `members` adult insurees with its own Active 2026 policy of the product (set-based, as the projections would hold it). */
export async function seedFamily(service: ServiceTestApp, productId: string, members: number): Promise<string[]> {
  const familyId = uuidv7();
  const policyId = uuidv7();
  const ids = Array.from({ length: members }, () => uuidv7());
  await service.query(`insert into projected_family (id, head_insuree_id, village_id, poverty, deleted, version) values ($1, $2, $3, null, false, 1)`, [familyId, ids[0], uuidv7()]);
  await service.query(
    `insert into projected_insuree (id, insurance_number, family_id, is_head, gender, birth_date, current_village_id, family_village_id, health_facility_id, status, status_date, deleted, version)
     select t.id, 'F' || t.n || '-' || $2::text, $2::uuid, t.n = 1, 'M', '1985-05-05', null, null, null, 'AC', null, false, 1 from unnest($1::uuid[]) with ordinality as t(id, n)`,
    [ids, familyId],
  );
  await service.query(
    `insert into projected_policy (id, family_id, product_id, officer_id, stage, status, value, enrol_date, start_date, effective_date, expiry_date, previous_policy_id, deleted, version, paid_total)
     values ($1, $2, $3, null, 'N', 'ACTIVE', '100.00', '2026-01-01', '2026-01-01', '2026-01-01', '2026-12-31', null, false, 1, '100.00')`,
    [policyId, familyId, productId],
  );
  await service.query(
    `insert into projected_insuree_policy (id, insuree_id, policy_id, enrolment_date, start_date, effective_date, expiry_date, deleted, version)
     select gen_random_uuid(), t.id, $1, '2026-01-01', '2026-01-01', '2026-01-01', '2026-12-31', false, 1 from unnest($2::uuid[]) as t(id)`,
    [policyId, ids],
  );
  return ids;
}
