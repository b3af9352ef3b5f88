import type { ScopeFilter } from '@imis/auth';
import { isUuid, type ProjectionReader, readRows, textArrayLiteral, uuidArrayLiteral } from '@imis/persistence';
import type { CategoryLimits, ProductLine, SplitAmount } from '../domain/coverage-product';
import type { UsageTotals } from '../domain/usage';

/** Which insurees: by insurance numbers (the enquiry) or by ids (Insuree.coverage). */
export type CoverageSelection = { readonly insuranceNumbers: readonly string[] } | { readonly insureeIds: readonly string[] };

export interface CoverageRowsQuery {
  readonly selection: CoverageSelection;
  /** The caller's data scope: an insuree is found when its family's village or its own village is in it. */
  readonly scope: ScopeFilter;
  readonly targetDate: string;
  /** Rows expiring before this are not read (the enquiry answers about two years back). */
  readonly oldestExpiry: string;
  readonly itemCode?: string | null;
  readonly serviceCode?: string | null;
}

/** One insuree with one of its coverage rows (policy null: no row answered), product and lines included. */
export interface CoverageRow {
  insureeId: string;
  insuranceNumber: string;
  birthDate: string;
  itemId: string | null;
  serviceId: string | null;
  serviceCategory: string | null;
  policyId: string | null;
  status: 'IDLE' | 'ACTIVE' | 'SUSPENDED' | 'EXPIRED' | 'READY' | null;
  enrolmentDate: string | null;
  startDate: string | null;
  effectiveDate: string | null;
  expiryDate: string | null;
  policyEffectiveDate: string | null;
  policyExpiryDate: string | null;
  productId: string | null;
  productCode: string | null;
  productName: string | null;
  ceilingType: 'I' | 'T' | 'P' | null;
  threshold: number | null;
  memberCount: number | null;
  deductible: SplitAmount | null;
  ceiling: SplitAmount | null;
  extraMemberCeiling: SplitAmount | null;
  maxPolicyCeiling: SplitAmount | null;
  categoryLimits: CategoryLimits | null;
  /** Members with a current row on the policy (the family size of a policy ceiling). */
  familySize: number | null;
  itemLine: ProductLine | null;
  serviceLine: ProductLine | null;
  /** Claims' usage of the policy: all members', the member's (null: none), its claims per category letter, its quantity of the item and service asked. */
  policyUsage: UsageTotals | null;
  memberUsage: UsageTotals | null;
  categoryClaims: Record<string, number> | null;
  itemUsed: number | null;
  serviceUsed: number | null;
}

const totals = (table: string, where: string) =>
  `(select jsonb_build_object('remuneratedInPatient', u.remunerated_in_patient::text, 'remuneratedOutPatient', u.remunerated_out_patient::text,
     'deductibleInPatient', u.deductible_in_patient::text, 'deductibleOutPatient', u.deductible_out_patient::text) from ${table} u where ${where})`;
const lineUsed = (kind: 'I' | 'S', of: string) =>
  `(select u.quantity::float8 from policy_line_usage u where u.policy_id = p.id and u.insuree_id = t.id and u.kind = '${kind}' and u.line_id = (select id from ${of}))`;

const day = (column: string, alias: string) => `to_char(${column}, 'YYYY-MM-DD') as "${alias}"`;

/**
 * Everything the enquiry answers, in one statement: the insurees (projection, by number or id, in scope),
 * each joined laterally to its current coverage rows still answered (index insuree_policy(insuree_id,
 * expiry_date)), their policy and product, the family size and the product's line for the item or service
 * asked (its code resolved in the medical projection), and the claims' usage of the policy (primary-key
 * lookups in the usage aggregates). An insuree with no row comes back once with nulls.
 */
export async function coverageRows(db: ProjectionReader, query: CoverageRowsQuery): Promise<CoverageRow[]> {
  const byNumber = 'insuranceNumbers' in query.selection;
  const keys = byNumber
    ? textArrayLiteral([...new Set((query.selection as { insuranceNumbers: readonly string[] }).insuranceNumbers)])
    : uuidArrayLiteral([...new Set((query.selection as { insureeIds: readonly string[] }).insureeIds.filter(isUuid))]);
  const scoped = query.scope.everywhere;
  const villages = uuidArrayLiteral(query.scope.everywhere ? [] : query.scope.locationIds.filter(isUuid));
  return readRows<CoverageRow>(
    db,
    `with insuree as (
       select i.id, i.insurance_number, i.birth_date from projected_insuree i
       where ${byNumber ? 'i.insurance_number = any(?::text[])' : 'i.id = any(?::uuid[])'} and not i.deleted
         and (?::boolean or i.family_village_id = any(?::uuid[]) or i.current_village_id = any(?::uuid[]))
     ),
     item as (select id from projected_medical_item where code = ? and not deleted limit 1),
     service as (select id, category from projected_medical_service where code = ? and not deleted limit 1)
     select t.id as "insureeId", t.insurance_number as "insuranceNumber", ${day('t.birth_date', 'birthDate')},
       (select id from item) as "itemId", (select id from service) as "serviceId", (select category from service) as "serviceCategory",
       c.*
     from insuree t
     left join lateral (
       select ip.policy_id as "policyId", p.status, ${day('ip.enrolment_date', 'enrolmentDate')}, ${day('ip.start_date', 'startDate')},
         ${day('ip.effective_date', 'effectiveDate')}, ${day('ip.expiry_date', 'expiryDate')},
         ${day('p.effective_date', 'policyEffectiveDate')}, ${day('p.expiry_date', 'policyExpiryDate')},
         pr.id as "productId", pr.code as "productCode", pr.name as "productName", pr.ceiling_type as "ceilingType", pr.threshold,
         pr.member_count as "memberCount", pr.deductible, pr.ceiling, pr.extra_member_ceiling as "extraMemberCeiling",
         pr.max_policy_ceiling as "maxPolicyCeiling", pr.category_limits as "categoryLimits",
         (select count(*)::int from insuree_policy m where m.policy_id = p.id and m.deleted_at is null) as "familySize",
         (select l from jsonb_array_elements(pr.item_lines) l where l->>'itemId' = (select id::text from item) limit 1) as "itemLine",
         (select l from jsonb_array_elements(pr.service_lines) l where l->>'serviceId' = (select id::text from service) limit 1) as "serviceLine",
         ${totals('policy_usage', 'u.policy_id = p.id')} as "policyUsage",
         ${totals('policy_insuree_usage', 'u.policy_id = p.id and u.insuree_id = t.id')} as "memberUsage",
         (select jsonb_object_agg(u.category, u.claims) from policy_category_usage u where u.policy_id = p.id and u.insuree_id = t.id) as "categoryClaims",
         ${lineUsed('I', 'item')} as "itemUsed", ${lineUsed('S', 'service')} as "serviceUsed"
       from insuree_policy ip
       join policy p on p.id = ip.policy_id and p.deleted_at is null
       join product pr on pr.id = p.product_id
       where ip.insuree_id = t.id and ip.deleted_at is null and ip.expiry_date >= ?::date
       order by ip.expiry_date desc, ip.policy_id
     ) c on true`,
    [keys, scoped, villages, villages, query.itemCode ?? null, query.serviceCode ?? null, query.oldestExpiry],
  );
}
