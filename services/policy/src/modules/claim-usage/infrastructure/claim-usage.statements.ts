import type { EntityManager } from '@mikro-orm/postgresql';
import type { PolicyUsage } from '@imis/contracts';

/** The claim facts stored with each of its policy rows. */
export interface ClaimUsageFacts {
  readonly claimId: string;
  readonly insureeId: string;
  readonly targetDate: string;
  readonly inPatient: boolean;
  readonly category: string | null;
}

// Newer claim versions only: a redelivered, late or older report (or deletion) returns no row and changes nothing.
// The upsert locks the claim's row, so two reports of one claim are applied one after the other.
const CLAIM_GUARD = `insert into claim_usage (claim_id, claim_version, deleted) values (?, ?, ?)
  on conflict (claim_id) do update set claim_version = excluded.claim_version, deleted = excluded.deleted
  where claim_usage.claim_version < excluded.claim_version
  returning claim_id`;

const money = (column: string, inPatient: boolean) => `sum(case when ${inPatient ? '' : 'not '}r.in_patient then r.${column} else 0 end)`;

/**
 * Adds (sign 1) or subtracts (sign −1) the rows of the CTE `r` (claim_policy_usage rows) to the aggregates,
 * one upsert per aggregate table, each key once and in key order (no deadlock between two claims of a family).
 */
function aggregateUpserts(sign: 1 | -1): string {
  const amounts = `${sign} * ${money('remunerated', true)}, ${sign} * ${money('remunerated', false)}, ${sign} * ${money('deductible', true)}, ${sign} * ${money('deductible', false)}, ${sign} * count(*)`;
  const add = (table: string) =>
    `remunerated_in_patient = ${table}.remunerated_in_patient + excluded.remunerated_in_patient,
     remunerated_out_patient = ${table}.remunerated_out_patient + excluded.remunerated_out_patient,
     deductible_in_patient = ${table}.deductible_in_patient + excluded.deductible_in_patient,
     deductible_out_patient = ${table}.deductible_out_patient + excluded.deductible_out_patient,
     claims = ${table}.claims + excluded.claims`;
  return `policy_totals as (
      insert into policy_usage (policy_id, remunerated_in_patient, remunerated_out_patient, deductible_in_patient, deductible_out_patient, claims)
      select r.policy_id, ${amounts} from r group by r.policy_id order by r.policy_id
      on conflict (policy_id) do update set ${add('policy_usage')}
    ),
    insuree_totals as (
      insert into policy_insuree_usage (policy_id, insuree_id, remunerated_in_patient, remunerated_out_patient, deductible_in_patient, deductible_out_patient, claims)
      select r.policy_id, r.insuree_id, ${amounts} from r group by r.policy_id, r.insuree_id order by r.policy_id, r.insuree_id
      on conflict (policy_id, insuree_id) do update set ${add('policy_insuree_usage')}
    ),
    categories as (
      insert into policy_category_usage (policy_id, insuree_id, category, claims)
      select r.policy_id, r.insuree_id, r.category, ${sign} * count(*) from r where r.category is not null
      group by r.policy_id, r.insuree_id, r.category order by 1, 2, 3
      on conflict (policy_id, insuree_id, category) do update set claims = policy_category_usage.claims + excluded.claims
    ),
    lines as (
      insert into policy_line_usage (policy_id, insuree_id, kind, line_id, quantity)
      select policy_id, insuree_id, kind, line_id, ${sign} * sum(quantity) from (
        select r.policy_id, r.insuree_id, 'I' as kind, x."itemId" as line_id, x.quantity from r, jsonb_to_recordset(r.items) as x("itemId" uuid, quantity numeric)
        union all
        select r.policy_id, r.insuree_id, 'S', x."serviceId", x.quantity from r, jsonb_to_recordset(r.services) as x("serviceId" uuid, quantity numeric)
      ) l group by policy_id, insuree_id, kind, line_id order by 1, 2, 3, 4
      on conflict (policy_id, insuree_id, kind, line_id) do update set quantity = policy_line_usage.quantity + excluded.quantity
    )`;
}

// The claim's current rows leave the aggregates with them.
const WITHDRAW = `with r as (delete from claim_policy_usage where claim_id = ? returning *),
  ${aggregateUpserts(-1)}
  select count(*)::int as n from r`;

const RECORD = `with r as (
    insert into claim_policy_usage (claim_id, policy_id, product_id, insuree_id, target_date, in_patient, category, remunerated, deductible, exceed_ceiling, items, services)
    select ?, p."policyId", p."productId", ?, ?::date, ?, ?, p.remunerated, p.deductible, p."exceedCeiling", p.items, p.services
    from jsonb_to_recordset(?::jsonb) as p("policyId" uuid, "productId" uuid, remunerated numeric, deductible numeric, "exceedCeiling" numeric, items jsonb, services jsonb)
    returning *
  ),
  ${aggregateUpserts(1)}
  select count(*)::int as n from r`;

/** Holds this claim version when it is newer than the one held (or none is); whether it was. */
export async function holdClaimVersion(tx: EntityManager, claimId: string, claimVersion: number, deleted: boolean): Promise<boolean> {
  const rows = await tx.execute<{ claim_id: string }[]>(CLAIM_GUARD, [claimId, claimVersion, deleted]);
  return rows.length > 0;
}

/** Removes the claim's usage rows and takes them out of the aggregates (one statement). */
export async function withdrawClaimUsage(tx: EntityManager, claimId: string): Promise<void> {
  await tx.execute(WITHDRAW, [claimId]);
}

/** Stores the claim's usage of these policies and adds it to the aggregates (one statement). */
export async function recordClaimUsage(tx: EntityManager, claim: ClaimUsageFacts, policies: readonly PolicyUsage[]): Promise<void> {
  if (policies.length === 0) return;
  await tx.execute(RECORD, [claim.claimId, claim.insureeId, claim.targetDate, claim.inPatient, claim.category, JSON.stringify(policies)]);
}

/** Whether a claim's current usage names the policy. */
export async function policyUsedByClaims(tx: EntityManager, policyId: string): Promise<boolean> {
  const rows = await tx.execute<unknown[]>('select 1 from claim_policy_usage where policy_id = ? limit 1', [policyId]);
  return rows.length > 0;
}
