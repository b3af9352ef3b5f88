import type { EntityManager } from '@mikro-orm/postgresql';
import type { InsureePolicyState, PoliciesExpiredData, PolicyState } from '@imis/contracts';

// One statement for one state or many: the states travel as one JSON parameter; an older version changes nothing.
const UPSERT_POLICIES = `insert into projected_policy (id, family_id, product_id, officer_id, stage, status, value, enrol_date, start_date, effective_date,
    expiry_date, previous_policy_id, paid_total, underpaid, deleted, version)
  select t.id, t."familyId", t."productId", t."officerId", t.stage, t.status, t.value, t."enrolDate", t."startDate", t."effectiveDate",
    t."expiryDate", t."previousPolicyId", t."paidTotal", t.underpaid, false, t.version
  from json_to_recordset(?::json) as t(id uuid, "familyId" uuid, "productId" uuid, "officerId" uuid, stage text, status text, value numeric,
    "enrolDate" date, "startDate" date, "effectiveDate" date, "expiryDate" date, "previousPolicyId" uuid, "paidTotal" numeric, underpaid boolean, version int)
  on conflict (id) do update set family_id = excluded.family_id, product_id = excluded.product_id, officer_id = excluded.officer_id,
    stage = excluded.stage, status = excluded.status, value = excluded.value, enrol_date = excluded.enrol_date, start_date = excluded.start_date,
    effective_date = excluded.effective_date, expiry_date = excluded.expiry_date, previous_policy_id = excluded.previous_policy_id,
    paid_total = excluded.paid_total, underpaid = excluded.underpaid, deleted = false, version = excluded.version
  where projected_policy.version < excluded.version`;

const EXPIRE_POLICIES = `update projected_policy p set status = 'EXPIRED', version = t.version
  from json_to_recordset(?::json) as t(id uuid, version int)
  where p.id = t.id and p.version < t.version`;

const UPSERT_INSUREE_POLICIES = `insert into projected_insuree_policy (id, insuree_id, policy_id, enrolment_date, start_date, effective_date, expiry_date, deleted, version)
  select t.id, t."insureeId", t."policyId", t."enrolmentDate", t."startDate", t."effectiveDate", t."expiryDate", false, t.version
  from json_to_recordset(?::json) as t(id uuid, "insureeId" uuid, "policyId" uuid, "enrolmentDate" date, "startDate" date, "effectiveDate" date,
    "expiryDate" date, version int)
  on conflict (id) do update set insuree_id = excluded.insuree_id, policy_id = excluded.policy_id, enrolment_date = excluded.enrolment_date,
    start_date = excluded.start_date, effective_date = excluded.effective_date, expiry_date = excluded.expiry_date, deleted = false,
    version = excluded.version
  where projected_insuree_policy.version < excluded.version`;

/** Full states (created, renewed, updated, activated, suspended). */
export async function upsertPolicies(em: EntityManager, states: readonly PolicyState[]): Promise<void> {
  if (states.length > 0) await em.execute(UPSERT_POLICIES, [JSON.stringify(states)], 'run');
}

/** A nightly expiry batch in one statement: each policy Expired at its new version, unless a later one is held. */
export async function expirePolicies(em: EntityManager, batch: PoliciesExpiredData): Promise<void> {
  if (batch.policies.length > 0) await em.execute(EXPIRE_POLICIES, [JSON.stringify(batch.policies)], 'run');
}

/** Marks the policy deleted (its coverage rows no longer count), unless the projection holds a later version. */
export async function deletePolicy(em: EntityManager, id: string, version: number): Promise<void> {
  await em.execute('update projected_policy set deleted = true, version = ? where id = ? and version < ?', [version, id, version], 'run');
}

/** Full states of members' coverage rows (added, updated). */
export async function upsertInsureePolicies(em: EntityManager, states: readonly InsureePolicyState[]): Promise<void> {
  if (states.length > 0) await em.execute(UPSERT_INSUREE_POLICIES, [JSON.stringify(states)], 'run');
}

/** Marks the coverage row removed (kept, so that its older events replayed change nothing). */
export async function removeInsureePolicy(em: EntityManager, id: string, version: number): Promise<void> {
  await em.execute('update projected_insuree_policy set deleted = true, version = ? where id = ? and version < ?', [version, id, version], 'run');
}
