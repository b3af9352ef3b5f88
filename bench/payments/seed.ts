import { Client } from 'pg';

/** Insurance number of the bench family `index` (its only member, its head). */
export const benchNumber = (index: number) => `B${String(index).padStart(8, '0')}`;
export const BENCH_PRODUCT = 'BENCHPAY';
export const BENCH_VALUE = '100.00';

/**
 * Seeds the payment service's projections directly, set-based: one region → district → ward → village, a
 * national product BENCHPAY, `families` families of one member (B00000000…) each with an Idle policy worth
 * 100.00; and empties the payment tables, so every run starts alike.
 */
export async function seedPayments(databaseUrl: string, families: number): Promise<number> {
  const sql = new Client({ connectionString: databaseUrl });
  await sql.connect();
  const started = Date.now();
  try {
    await sql.query('truncate payment, payment_detail, gateway_notification, job, projected_policy, projected_insuree, projected_family, projected_product, projected_location, outbox');
    await sql.query(`insert into projected_location (id, code, name, type, parent_id, ancestor_ids, deleted, version) values
      ('00000000-0000-7000-8000-0000000000a1', 'BR', 'Bench region', 'R', null, '{}', false, 1),
      ('00000000-0000-7000-8000-0000000000a2', 'BD', 'Bench district', 'D', '00000000-0000-7000-8000-0000000000a1', '{00000000-0000-7000-8000-0000000000a1}', false, 1),
      ('00000000-0000-7000-8000-0000000000a3', 'BW', 'Bench ward', 'W', '00000000-0000-7000-8000-0000000000a2', '{00000000-0000-7000-8000-0000000000a1,00000000-0000-7000-8000-0000000000a2}', false, 1),
      ('00000000-0000-7000-8000-0000000000a4', 'BV', 'Bench village', 'V', '00000000-0000-7000-8000-0000000000a3',
       '{00000000-0000-7000-8000-0000000000a1,00000000-0000-7000-8000-0000000000a2,00000000-0000-7000-8000-0000000000a3}', false, 1)`);
    await sql.query(`insert into projected_product (id, code, name, location_id, date_from, date_to, conversion_product_id, insurance_period, grace_period_payment,
        max_installments, member_count, threshold, ceiling_type, ceiling_interpretation, deductible, ceiling, extra_member_ceiling, max_policy_ceiling,
        category_limits, relative_prices, capitation, account_codes, deleted, version)
      values ('00000000-0000-7000-8000-0000000000b1', '${BENCH_PRODUCT}', 'Bench product', null, '2020-01-01', '2099-12-31', null, 12, 1, 0, 6, 4, 'P', 'I',
        '{}', '{}', '{}', '{}', '{}', '{}', null, '{}', false, 1)`);
    await sql.query(
      `with families as (select n, gen_random_uuid() as family_id, gen_random_uuid() as insuree_id from generate_series(0, $1 - 1) as n),
       f as (insert into projected_family (id, head_insuree_id, village_id, poverty, deleted, version)
             select family_id, insuree_id, '00000000-0000-7000-8000-0000000000a4', null, false, 1 from families),
       i as (insert into projected_insuree (id, insurance_number, family_id, is_head, gender, birth_date, current_village_id, family_village_id,
               health_facility_id, status, status_date, deleted, version)
             select insuree_id, 'B' || lpad(n::text, 8, '0'), family_id, true, 'F', '1990-01-01', null, '00000000-0000-7000-8000-0000000000a4', null, 'AC', null, false, 1 from families)
       insert into projected_policy (id, family_id, product_id, officer_id, stage, status, value, enrol_date, start_date, effective_date, expiry_date,
         previous_policy_id, paid_total, underpaid, deleted, version)
       select gen_random_uuid(), family_id, '00000000-0000-7000-8000-0000000000b1', null, 'N', 'IDLE', ${BENCH_VALUE}, '2026-01-01', '2026-01-01', null, '2026-12-31', null, 0, false, false, 1
       from families`,
      [families],
    );
    await sql.query('analyze');
    return (Date.now() - started) / 1000;
  } finally {
    await sql.end();
  }
}
