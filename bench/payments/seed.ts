import { Client } from 'pg';

/** Insurance number of the bench family `index` (its only member, its head). */
export const benchNumber = (index: number) => `B${String(index).padStart(8, '0')}`;
export const BENCH_PRODUCT = 'BENCHPAY';
export const BENCH_VALUE = '100.00';

/**
 * Deterministic ids, the same in the three databases: family n is md5('bpfam' || n), its head md5('bpins' || n),
 * its policy md5('bppol' || n), the head's coverage row md5('bpip' || n).
 */
const IDS = `md5('bpfam' || n)::uuid as family_id, md5('bpins' || n)::uuid as insuree_id, md5('bppol' || n)::uuid as policy_id,
  md5('bpip' || n)::uuid as insuree_policy_id, 'B' || lpad(n::text, 8, '0') as insurance_number`;
const FAMILIES = `with families as (select n, ${IDS} from generate_series(0, $1::int - 1) as n)`;

const REGION = '00000000-0000-7000-8000-0000000000a1';
const DISTRICT = '00000000-0000-7000-8000-0000000000a2';
const WARD = '00000000-0000-7000-8000-0000000000a3';
export const BENCH_VILLAGE = '00000000-0000-7000-8000-0000000000a4';
const LOCATIONS = `insert into projected_location (id, code, name, type, parent_id, ancestor_ids, deleted, version) values
  ('${REGION}', 'BR', 'Bench region', 'R', null, '{}', false, 1),
  ('${DISTRICT}', 'BD', 'Bench district', 'D', '${REGION}', '{${REGION}}', false, 1),
  ('${WARD}', 'BW', 'Bench ward', 'W', '${DISTRICT}', '{${REGION},${DISTRICT}}', false, 1),
  ('${BENCH_VILLAGE}', 'BV', 'Bench village', 'V', '${WARD}', '{${REGION},${DISTRICT},${WARD}}', false, 1)`;

/** What every seeded policy shares: an Idle new policy of the product, worth BENCH_VALUE, nothing paid. */
export interface BenchPolicies {
  families: number;
  productId: string;
  /** Enrolment and start date ("YYYY-MM-DD"). */
  startDate: string;
  expiryDate: string;
}

/** The projections of the payment and contribution services (the same library tables): what the policy service seeded, as its events would have. */
const PROJECTION_TABLES = 'projected_location, projected_family, projected_insuree, projected_product, projected_product_line, projected_policy, projected_insuree_policy';

/**
 * The policy service's own tables and projections, emptied then seeded set-based: per family its projected
 * head insuree, an Idle policy and the head's coverage row (not yet effective). The product is kept (created
 * through the subgraph). Its consumers' inbox and ledger are emptied too: every run starts alike.
 */
export async function seedPolicyService(databaseUrl: string, policies: BenchPolicies): Promise<void> {
  await withClient(databaseUrl, async (sql) => {
    await sql.query('truncate policy, insuree_policy, policy_contribution_state, projected_location, projected_family, projected_insuree, inbox, outbox, history, job cascade');
    await sql.query(LOCATIONS);
    await sql.query(
      `${FAMILIES},
       f as (insert into projected_family (id, head_insuree_id, village_id, poverty, deleted, version)
             select family_id, insuree_id, '${BENCH_VILLAGE}', null, false, 1 from families),
       i as (insert into projected_insuree (id, insurance_number, family_id, is_head, gender, birth_date, current_village_id, family_village_id,
               health_facility_id, status, status_date, deleted, version)
             select insuree_id, insurance_number, family_id, true, 'F', '1990-01-01', null, '${BENCH_VILLAGE}', null, 'AC', null, false, 1 from families),
       p as (insert into policy (id, created_at, updated_at, version, valid_from, changed_by, family_id, product_id, stage, status, value, enrol_date,
               start_date, effective_date, expiry_date, previous_policy_id, paid_total, underpaid)
             select policy_id, now(), now(), 1, now(), 'bench', family_id, $2, 'N', 'IDLE', $3, $4, $4, null, $5, null, 0, false from families)
       insert into insuree_policy (id, created_at, updated_at, version, valid_from, changed_by, policy_id, insuree_id, enrolment_date, start_date,
         effective_date, expiry_date)
       select insuree_policy_id, now(), now(), 1, now(), 'bench', policy_id, insuree_id, $4, $4, null, $5 from families`,
      [policies.families, policies.productId, BENCH_VALUE, policies.startDate, policies.expiryDate],
    );
    await sql.query('analyze policy; analyze insuree_policy; analyze projected_insuree; analyze projected_family');
  });
}

/** The payment service: its tables emptied, its projections seeded as the policy service's were. */
export async function seedPaymentService(databaseUrl: string, policies: BenchPolicies, product: ProductRow): Promise<void> {
  await withClient(databaseUrl, async (sql) => {
    await sql.query(`truncate payment, payment_detail, gateway_notification, job, inbox, outbox, history, ${PROJECTION_TABLES}`);
    await seedProjections(sql, policies, product);
  });
}

/** The contribution service: its premiums and ledger emptied, its projections seeded as the policy service's were. */
export async function seedContributionService(databaseUrl: string, policies: BenchPolicies, product: ProductRow): Promise<void> {
  await withClient(databaseUrl, async (sql) => {
    await sql.query(`truncate premium, policy_contributions, funding, inbox, outbox, history, ${PROJECTION_TABLES}`);
    await seedProjections(sql, policies, product);
  });
}

/** The policy service's product as a `projected_product` row (JSON, column names as keys). */
export type ProductRow = Record<string, unknown>;

/** The product row as the projections hold it, read from the policy service's `product` (same id, code and version). */
export async function projectedProductRow(policyDatabaseUrl: string, productId: string): Promise<ProductRow> {
  return withClient(policyDatabaseUrl, async (sql) => {
    const { rows } = await sql.query<{ row: ProductRow }>(
      `select json_build_object('id', id, 'code', code, 'name', name, 'location_id', location_id, 'date_from', date_from, 'date_to', date_to,
         'conversion_product_id', conversion_product_id, 'insurance_period', insurance_period, 'grace_period_payment', grace_period_payment,
         'max_installments', max_installments, 'member_count', member_count, 'threshold', threshold, 'ceiling_type', ceiling_type,
         'ceiling_interpretation', ceiling_interpretation, 'deductible', deductible, 'ceiling', ceiling, 'extra_member_ceiling', extra_member_ceiling,
         'max_policy_ceiling', max_policy_ceiling, 'category_limits', category_limits, 'relative_prices', relative_prices, 'capitation', capitation,
         'account_codes', account_codes, 'deleted', false, 'version', version) as row
       from product where id = $1`,
      [productId],
    );
    if (!rows[0]) throw new Error(`product ${productId} not found in the policy database`);
    return rows[0].row;
  });
}

async function seedProjections(sql: Client, policies: BenchPolicies, product: ProductRow): Promise<void> {
  await sql.query(LOCATIONS);
  await sql.query('insert into projected_product select * from json_populate_record(null::projected_product, $1::json)', [JSON.stringify(product)]);
  await sql.query(
    `${FAMILIES},
     f as (insert into projected_family (id, head_insuree_id, village_id, poverty, deleted, version)
           select family_id, insuree_id, '${BENCH_VILLAGE}', null, false, 1 from families),
     i as (insert into projected_insuree (id, insurance_number, family_id, is_head, gender, birth_date, current_village_id, family_village_id,
             health_facility_id, status, status_date, deleted, version)
           select insuree_id, insurance_number, family_id, true, 'F', '1990-01-01', null, '${BENCH_VILLAGE}', null, 'AC', null, false, 1 from families),
     p as (insert into projected_policy (id, family_id, product_id, officer_id, stage, status, value, enrol_date, start_date, effective_date, expiry_date,
             previous_policy_id, paid_total, underpaid, deleted, version)
           select policy_id, family_id, $2, null, 'N', 'IDLE', $3, $4, $4, null, $5, null, 0, false, false, 1 from families)
     insert into projected_insuree_policy (id, insuree_id, policy_id, enrolment_date, start_date, effective_date, expiry_date, deleted, version)
     select insuree_policy_id, insuree_id, policy_id, $4, $4, null, $5, false, 1 from families`,
    [policies.families, policies.productId, BENCH_VALUE, policies.startDate, policies.expiryDate],
  );
  await sql.query('analyze');
}

async function withClient<T>(databaseUrl: string, work: (sql: Client) => Promise<T>): Promise<T> {
  const sql = new Client({ connectionString: databaseUrl });
  await sql.connect();
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}
