import type { PolicyState, ProductLine } from '@imis/contracts';
import { type ProjectionReader, readRows } from '@imis/persistence';
import type { ProductLineKind } from './projected-product-line.entity';
import { groupByTuple, targetDates, uuidsOrNulls } from './tuples';

/** Is this insuree covered on this day (YYYY-MM-DD)? */
export interface CoverageTuple {
  insureeId: string;
  targetDate: string;
}

/** One coverage row of the insuree covering the target date, under an Active or Expired policy. */
export interface CoveringPolicy {
  insureePolicyId: string;
  policyId: string;
  productId: string;
  familyId: string;
  /** openIMIS: only Active (2) and Expired (8) policies give coverage. */
  policyStatus: Extract<PolicyState['status'], 'ACTIVE' | 'EXPIRED'>;
  policyStage: PolicyState['stage'];
  policyStartDate: string;
  policyEffectiveDate: string | null;
  policyExpiryDate: string;
  /** The member's own dates under this policy (YYYY-MM-DD). */
  enrolmentDate: string;
  insureeStartDate: string;
  insureeEffectiveDate: string;
  insureeExpiryDate: string;
}

export type Coverage = CoverageTuple & { policies: CoveringPolicy[] };

/** Which products cover this item or service for this insuree on this day; `adult` picks the waiting period. */
export interface ProductLineTuple extends CoverageTuple {
  kind: ProductLineKind;
  /** The item's or the service's id. */
  lineId: string;
  /** Whether the insuree is an adult: selects the adult or child waiting period of the ordering. */
  adult: boolean;
}

/** A candidate of the claims' product search: the coverage row, and the line of its product for the item or service. */
export type CoveringProductLine = CoveringPolicy &
  Omit<ProductLine, 'itemId' | 'serviceId'> & {
    kind: ProductLineKind;
    lineId: string;
    /** The insuree's effective date + the adult or child waiting period (months, clamped to the month's end). */
    waitingUntil: string;
  };

export type ProductLineCoverage = ProductLineTuple & { candidates: CoveringProductLine[] };

const COVERING_COLUMNS = `ip.id as "insureePolicyId", p.id as "policyId", p.product_id as "productId", p.family_id as "familyId",
  p.status as "policyStatus", p.stage as "policyStage", to_char(p.start_date, 'YYYY-MM-DD') as "policyStartDate",
  to_char(p.effective_date, 'YYYY-MM-DD') as "policyEffectiveDate", to_char(p.expiry_date, 'YYYY-MM-DD') as "policyExpiryDate",
  to_char(ip.enrolment_date, 'YYYY-MM-DD') as "enrolmentDate", to_char(ip.start_date, 'YYYY-MM-DD') as "insureeStartDate",
  to_char(ip.effective_date, 'YYYY-MM-DD') as "insureeEffectiveDate", to_char(ip.expiry_date, 'YYYY-MM-DD') as "insureeExpiryDate"`;

// The member's current coverage rows whose [effective, expiry] holds the target date, of current Active or
// Expired policies: on the insuree index, then the policy's primary key.
const COVERING_JOINS = `join projected_insuree_policy ip on ip.insuree_id = t.insuree_id and not ip.deleted
    and ip.effective_date <= t.target_date and ip.expiry_date >= t.target_date
  join projected_policy p on p.id = ip.policy_id and not p.deleted and p.status in ('ACTIVE', 'EXPIRED')`;

const COVERING_POLICIES = `select t.n::int as n, ${COVERING_COLUMNS}
  from unnest(?::uuid[], ?::date[]) with ordinality as t(insuree_id, target_date, n)
  ${COVERING_JOINS}
  order by t.n, ip.effective_date, p.id`;

const COVERING_PRODUCT_LINES = `select t.n::int as n, ${COVERING_COLUMNS}, l.kind, l.line_id as "lineId", l.price_origin as "priceOrigin", l.limits,
    l.waiting_period_adult as "waitingPeriodAdult", l.waiting_period_child as "waitingPeriodChild", l.limit_count_adult as "limitCountAdult",
    l.limit_count_child as "limitCountChild", l.ceiling_exclusion_adult as "ceilingExclusionAdult", l.ceiling_exclusion_child as "ceilingExclusionChild",
    to_char(w.until, 'YYYY-MM-DD') as "waitingUntil"
  from unnest(?::uuid[], ?::date[], ?::text[], ?::uuid[], ?::boolean[]) with ordinality as t(insuree_id, target_date, kind, line_id, adult, n)
  ${COVERING_JOINS}
  join projected_product_line l on l.product_id = p.product_id and l.kind = t.kind and l.line_id = t.line_id
  cross join lateral (select (ip.effective_date + make_interval(months => case when t.adult then l.waiting_period_adult else l.waiting_period_child end))::date as until) w
  order by t.n, w.until, ip.effective_date, p.id`;

/**
 * For each (insuree, target date), in order: the insuree's coverage rows covering the date (effective ≤ date
 * ≤ expiry) under Active or Expired policies, earliest effective date first. ONE statement whatever the number
 * of tuples. An insuree id that is not a UUID is covered by nothing; a malformed date is a RangeError.
 */
export async function coveringPolicies(db: ProjectionReader, tuples: readonly CoverageTuple[]): Promise<Coverage[]> {
  if (tuples.length === 0) return [];
  const dates = targetDates('coveringPolicies', tuples.map((tuple) => tuple.targetDate));
  const rows = await readRows<CoveringPolicy & { n: number }>(db, COVERING_POLICIES, [uuidsOrNulls(tuples.map((tuple) => tuple.insureeId)), dates]);
  const groups = groupByTuple(rows, tuples.length);
  return tuples.map((tuple, index) => ({ ...tuple, policies: groups[index] }));
}

/**
 * The candidates of claims.md §2 "Product search" for each (insuree, target date, item or service): the
 * covering rows (as `coveringPolicies`) whose product has a line for it, ordered by the insuree's effective
 * date + the line's waiting months (adult or child), then by effective date and policy. ONE statement whatever
 * the number of tuples. Whether the waiting period applies (stage N, or a member who joined after the
 * policy started) is the claim's check; the rows carry the stage and both start dates for it.
 */
export async function coveringProductLines(db: ProjectionReader, tuples: readonly ProductLineTuple[]): Promise<ProductLineCoverage[]> {
  if (tuples.length === 0) return [];
  const dates = targetDates('coveringProductLines', tuples.map((tuple) => tuple.targetDate));
  for (const { kind } of tuples) if (kind !== 'ITEM' && kind !== 'SERVICE') throw new RangeError(`coveringProductLines: not ITEM or SERVICE: ${JSON.stringify(kind)}`);
  const rows = await readRows<CoveringProductLine & { n: number }>(db, COVERING_PRODUCT_LINES, [
    uuidsOrNulls(tuples.map((tuple) => tuple.insureeId)),
    dates,
    `{${tuples.map((tuple) => tuple.kind).join(',')}}`,
    uuidsOrNulls(tuples.map((tuple) => tuple.lineId)),
    `{${tuples.map((tuple) => (tuple.adult ? 'true' : 'false')).join(',')}}`,
  ]);
  const groups = groupByTuple(rows, tuples.length);
  return tuples.map((tuple, index) => ({ ...tuple, candidates: groups[index] }));
}
