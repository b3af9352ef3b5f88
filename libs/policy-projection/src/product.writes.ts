import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProductLine, ProductState } from '@imis/contracts';

const UPSERT_PRODUCT = `insert into projected_product (id, code, name, location_id, date_from, date_to, conversion_product_id, insurance_period,
    grace_period_payment, max_installments, member_count, threshold, ceiling_type, ceiling_interpretation, deductible, ceiling,
    extra_member_ceiling, max_policy_ceiling, category_limits, relative_prices, capitation, account_codes, deleted, version)
  select t.id, t.code, t.name, t."locationId", t."dateFrom", t."dateTo", t."conversionProductId", t."insurancePeriod",
    t."gracePeriodPayment", t."maxInstallments", t."memberCount", t.threshold, t."ceilingType", t."ceilingInterpretation", t.deductible, t.ceiling,
    t."extraMemberCeiling", t."maxPolicyCeiling", t."categoryLimits", t."relativePrices", t.capitation, t."accountCodes", false, t.version
  from json_to_record(?::json) as t(id uuid, code text, name text, "locationId" uuid, "dateFrom" date, "dateTo" date, "conversionProductId" uuid,
    "insurancePeriod" int, "gracePeriodPayment" int, "maxInstallments" int, "memberCount" int, threshold int, "ceilingType" text,
    "ceilingInterpretation" text, deductible jsonb, ceiling jsonb, "extraMemberCeiling" jsonb, "maxPolicyCeiling" jsonb, "categoryLimits" jsonb,
    "relativePrices" jsonb, capitation jsonb, "accountCodes" jsonb, version int)
  on conflict (id) do update set code = excluded.code, name = excluded.name, location_id = excluded.location_id, date_from = excluded.date_from,
    date_to = excluded.date_to, conversion_product_id = excluded.conversion_product_id, insurance_period = excluded.insurance_period,
    grace_period_payment = excluded.grace_period_payment, max_installments = excluded.max_installments, member_count = excluded.member_count,
    threshold = excluded.threshold, ceiling_type = excluded.ceiling_type, ceiling_interpretation = excluded.ceiling_interpretation,
    deductible = excluded.deductible, ceiling = excluded.ceiling, extra_member_ceiling = excluded.extra_member_ceiling,
    max_policy_ceiling = excluded.max_policy_ceiling, category_limits = excluded.category_limits, relative_prices = excluded.relative_prices,
    capitation = excluded.capitation, account_codes = excluded.account_codes, deleted = false, version = excluded.version
  where projected_product.version < excluded.version
  returning id`;

// A line listed twice in one product keeps its first row.
const INSERT_LINES = `insert into projected_product_line (product_id, kind, line_id, price_origin, limits, waiting_period_adult, waiting_period_child,
    limit_count_adult, limit_count_child, ceiling_exclusion_adult, ceiling_exclusion_child)
  select ?, t.kind, t."lineId", t."priceOrigin", t.limits, t."waitingPeriodAdult", t."waitingPeriodChild", t."limitCountAdult", t."limitCountChild",
    t."ceilingExclusionAdult", t."ceilingExclusionChild"
  from json_to_recordset(?::json) as t(kind text, "lineId" uuid, "priceOrigin" text, limits jsonb, "waitingPeriodAdult" int, "waitingPeriodChild" int,
    "limitCountAdult" int, "limitCountChild" int, "ceilingExclusionAdult" text, "ceilingExclusionChild" text)
  where t."lineId" is not null
  on conflict do nothing`;

const linesOf = (state: ProductState) => [
  ...state.itemLines.map((line: ProductLine) => ({ ...line, kind: 'ITEM', lineId: line.itemId })),
  ...state.serviceLines.map((line: ProductLine) => ({ ...line, kind: 'SERVICE', lineId: line.serviceId })),
];

/**
 * A product's full state (created, updated): the product row and, when it is newer than the stored one,
 * all its lines replaced. An older or replayed state changes nothing, lines included.
 */
export async function upsertProduct(em: EntityManager, state: ProductState): Promise<void> {
  const applied = (await em.execute(UPSERT_PRODUCT, [JSON.stringify(state)], 'all')) as unknown[];
  if (applied.length === 0) return;
  await em.execute('delete from projected_product_line where product_id = ?', [state.id], 'run');
  const lines = linesOf(state);
  if (lines.length > 0) await em.execute(INSERT_LINES, [state.id, JSON.stringify(lines)], 'run');
}

/**
 * Marks the product deleted unless the projection holds a later version. Its lines stay: the policies
 * already sold keep their product and its coverage (no new policy may be sold on it).
 */
export async function deleteProduct(em: EntityManager, id: string, version: number): Promise<void> {
  await em.execute('update projected_product set deleted = true, version = ? where id = ? and version < ?', [version, id, version], 'run');
}
