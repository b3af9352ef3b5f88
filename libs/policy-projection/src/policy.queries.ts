import type { InsureePolicyState, PolicyState, ProductState } from '@imis/contracts';
import { isUuid, type ProjectionReader, readRows, uuidArrayLiteral } from '@imis/persistence';

/** The product fields the projection keeps, its lines included, and whether it is deleted. */
export type ProjectedProductRow = Pick<
  ProductState,
  | 'id' | 'code' | 'name' | 'locationId' | 'dateFrom' | 'dateTo' | 'conversionProductId' | 'insurancePeriod' | 'gracePeriodPayment'
  | 'maxInstallments' | 'memberCount' | 'threshold' | 'ceilingType' | 'ceilingInterpretation' | 'deductible' | 'ceiling'
  | 'extraMemberCeiling' | 'maxPolicyCeiling' | 'categoryLimits' | 'relativePrices' | 'capitation' | 'accountCodes'
  | 'itemLines' | 'serviceLines' | 'version'
> & { deleted: boolean };

/** A policy as its last event stated it (value and paid total as money strings with two decimals), and whether it is deleted. */
export type ProjectedPolicyRow = PolicyState & { deleted: boolean };

/** A member's current coverage row, with its policy's family, product and status. */
export type ProjectedInsureePolicyRow = InsureePolicyState & { familyId: string; productId: string; policyStatus: PolicyState['status'] };

const date = (column: string, alias: string) => `to_char(${column}, 'YYYY-MM-DD') as "${alias}"`;

const lines = (kind: 'ITEM' | 'SERVICE') => `coalesce((select json_agg(json_build_object(
    'itemId', ${kind === 'ITEM' ? 'l.line_id' : 'null'}, 'serviceId', ${kind === 'SERVICE' ? 'l.line_id' : 'null'}, 'priceOrigin', l.price_origin,
    'limits', l.limits, 'waitingPeriodAdult', l.waiting_period_adult, 'waitingPeriodChild', l.waiting_period_child,
    'limitCountAdult', l.limit_count_adult, 'limitCountChild', l.limit_count_child,
    'ceilingExclusionAdult', l.ceiling_exclusion_adult, 'ceilingExclusionChild', l.ceiling_exclusion_child) order by l.line_id)
  from projected_product_line l where l.product_id = p.id and l.kind = '${kind}'), '[]'::json)`;

const PRODUCTS = `select p.id, p.code, p.name, p.location_id as "locationId", ${date('p.date_from', 'dateFrom')}, ${date('p.date_to', 'dateTo')},
    p.conversion_product_id as "conversionProductId", p.insurance_period as "insurancePeriod", p.grace_period_payment as "gracePeriodPayment",
    p.max_installments as "maxInstallments", p.member_count as "memberCount", p.threshold, p.ceiling_type as "ceilingType",
    p.ceiling_interpretation as "ceilingInterpretation", p.deductible, p.ceiling, p.extra_member_ceiling as "extraMemberCeiling",
    p.max_policy_ceiling as "maxPolicyCeiling", p.category_limits as "categoryLimits", p.relative_prices as "relativePrices", p.capitation,
    p.account_codes as "accountCodes", ${lines('ITEM')} as "itemLines", ${lines('SERVICE')} as "serviceLines", p.deleted, p.version
  from projected_product p where p.id = any(?::uuid[])`;

const POLICIES = `select id, family_id as "familyId", product_id as "productId", officer_id as "officerId", stage, status, value::text as value,
    ${date('enrol_date', 'enrolDate')}, ${date('start_date', 'startDate')}, ${date('effective_date', 'effectiveDate')}, ${date('expiry_date', 'expiryDate')},
    previous_policy_id as "previousPolicyId", paid_total::text as "paidTotal", underpaid, deleted, version
  from projected_policy`;

/** The current coverage rows of some insurees with their policy's family, product and status (and `extra` columns). */
const insureePolicies = (extra = '') => `select ip.id, ip.policy_id as "policyId", ip.insuree_id as "insureeId", ${date('ip.enrolment_date', 'enrolmentDate')},
    ${date('ip.start_date', 'startDate')}, ${date('ip.effective_date', 'effectiveDate')}, ${date('ip.expiry_date', 'expiryDate')}, ip.version,
    p.family_id as "familyId", p.product_id as "productId", p.status as "policyStatus"${extra}
  from projected_insuree_policy ip join projected_policy p on p.id = ip.policy_id and not p.deleted
  where ip.insuree_id = any(?::uuid[]) and not ip.deleted
  order by ip.insuree_id, ip.start_date, ip.id`;

const INSUREE_POLICIES = insureePolicies();

/** A member's current coverage row with the terms of its policy a claim reads, and how many members that policy covers. */
export type CoveringPolicyRow = ProjectedInsureePolicyRow & {
  policyStage: PolicyState['stage'];
  policyEffectiveDate: string | null;
  policyExpiryDate: string;
  /** The policy's current coverage rows: its members (a policy ceiling grows with them). */
  memberCount: number;
};

const COVERING_POLICIES = insureePolicies(`, p.stage as "policyStage", ${date('p.effective_date', 'policyEffectiveDate')}, ${date('p.expiry_date', 'policyExpiryDate')},
    (select count(*)::int from projected_insuree_policy m where m.policy_id = ip.policy_id and not m.deleted) as "memberCount"`);

const validIds = (ids: readonly string[]) => [...new Set(ids.filter(isUuid))];

/**
 * The products with these ids and their lines: one query. Deleted products are answered too (flag
 * `deleted`): the policies sold before the deletion keep their product.
 */
export async function productsByIds(db: ProjectionReader, ids: readonly string[]): Promise<ProjectedProductRow[]> {
  const valid = validIds(ids);
  if (valid.length === 0) return [];
  return readRows(db, `${PRODUCTS} order by p.id`, [uuidArrayLiteral(valid)]);
}

/** The policies with these ids (ids that are not UUIDs are left out): one query. */
export async function policiesByIds(db: ProjectionReader, ids: readonly string[], options: { includeDeleted?: boolean } = {}): Promise<ProjectedPolicyRow[]> {
  const valid = validIds(ids);
  if (valid.length === 0) return [];
  return readRows(db, `${POLICIES} where id = any(?::uuid[])${options.includeDeleted ? '' : ' and not deleted'} order by id`, [uuidArrayLiteral(valid)]);
}

/**
 * The current policies of these families (deleted ones left out), whatever their status, latest start first
 * within a family (of these products only, when given): one query on the family index. With `paidTotal` and `underpaid`, what a payment reads to
 * find the policy a line pays and what is still owed on it (value − paidTotal).
 */
export async function policiesOfFamilies(db: ProjectionReader, familyIds: readonly string[], productIds?: readonly string[]): Promise<ProjectedPolicyRow[]> {
  const valid = validIds(familyIds);
  const products = productIds && validIds(productIds);
  if (valid.length === 0 || products?.length === 0) return [];
  const ofProducts = products ? ' and product_id = any(?::uuid[])' : '';
  const params = products ? [uuidArrayLiteral(valid), uuidArrayLiteral(products)] : [uuidArrayLiteral(valid)];
  return readRows(db, `${POLICIES} where family_id = any(?::uuid[]) and not deleted${ofProducts} order by family_id, start_date desc, id`, params);
}

/** The current coverage rows of these insurees with their policies' terms and member counts: one query (what adjudication reads). */
export async function coveringPoliciesOf(db: ProjectionReader, insureeIds: readonly string[]): Promise<CoveringPolicyRow[]> {
  const valid = validIds(insureeIds);
  if (valid.length === 0) return [];
  return readRows(db, COVERING_POLICIES, [uuidArrayLiteral(valid)]);
}

/** The current coverage rows of these insurees (removed rows and deleted policies left out), whatever their dates and status: one query on the insuree index. */
export async function insureePoliciesOf(db: ProjectionReader, insureeIds: readonly string[]): Promise<ProjectedInsureePolicyRow[]> {
  const valid = validIds(insureeIds);
  if (valid.length === 0) return [];
  return readRows(db, INSUREE_POLICIES, [uuidArrayLiteral(valid)]);
}
