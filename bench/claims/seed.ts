import { Client } from 'pg';

/** Facilities of the bench district (claims of one facility share its code counter: a real scheme has hundreds). */
export const BENCH_FACILITIES = 50;
/** Id of bench facility `index` (0 ≤ index < BENCH_FACILITIES). */
export const benchFacility = (index: number) => `00000000-0000-7000-8000-00000000${String(index).padStart(4, '0')}`;
const DISTRICT = '00000000-0000-7000-8000-0000000000a2';
const PRODUCT = '00000000-0000-7000-8000-0000000000b1';
const ITEM_LIST = '00000000-0000-7000-8000-0000000000c1';
const SERVICE_LIST = '00000000-0000-7000-8000-0000000000c2';

/** Insurance number of bench insuree `index` (each the head of a family of one). */
export const benchInsureeNumber = (index: number) => `C${String(index).padStart(9, '0')}`;
export const BENCH_ITEMS = ['BI1', 'BI2', 'BI3'];
export const BENCH_SERVICES = ['BS1', 'BS2'];

/**
 * Seeds the claim service's projections directly, set-based: a district with BENCH_FACILITIES facilities and their price lists,
 * three items, two services and a diagnosis, a product covering them (ceiling per insuree, deductible, co-insurance),
 * `insurees` families of one member each with an Active 2026 policy; and empties the claim tables, so every run starts alike.
 */
export async function seedClaims(databaseUrl: string, insurees: number): Promise<{ seconds: number }> {
  const sql = new Client({ connectionString: databaseUrl });
  await sql.connect();
  const started = Date.now();
  try {
    await sql.query(`truncate claim, claim_item, claim_service, claim_code_counter, claim_usage_quantity, claim_usage_category, claim_usage_amount, claim_ded_rem,
      job, outbox, history, health_facility, projected_insuree, projected_family, projected_policy, projected_insuree_policy, projected_product,
      projected_product_line, projected_medical_item, projected_medical_service, projected_diagnosis, projected_price_list, projected_price_list_detail,
      projected_facility_price_lists, projected_location`);
    await sql.query(`insert into projected_location (id, code, name, type, parent_id, ancestor_ids, deleted, version) values
      ('00000000-0000-7000-8000-0000000000a1', 'CR', 'Bench region', 'R', null, '{}', false, 1),
      ('${DISTRICT}', 'CD', 'Bench district', 'D', '00000000-0000-7000-8000-0000000000a1', '{00000000-0000-7000-8000-0000000000a1}', false, 1)`);
    const facilities = Array.from({ length: BENCH_FACILITIES }, (_, index) => benchFacility(index));
    await sql.query(`insert into health_facility (id, code, district_id, level, care_type, deleted, version)
      select id, 'CHF' || n, '${DISTRICT}', 'H', 'B', false, 1 from unnest($1::uuid[]) with ordinality as f(id, n)`, [facilities]);
    await sql.query(`insert into projected_diagnosis (id, code, name, deleted, version) values (gen_random_uuid(), 'B00', 'Bench diagnosis', false, 1)`);
    await sql.query(`insert into projected_medical_item (id, code, name, price, care_type, frequency, patient_category, maximum_quantity, effective_from, effective_to, deleted, version, type, package, quantity)
      select gen_random_uuid(), code, code, '10.00', 'B', 0, 0, null, null, null, false, 1, 'D', null, null from unnest($1::text[]) as code`, [BENCH_ITEMS]);
    await sql.query(`insert into projected_medical_service (id, code, name, price, care_type, frequency, patient_category, maximum_quantity, effective_from, effective_to, deleted, version, type, level, category, manual_price, package_type, package_lines)
      select gen_random_uuid(), code, code, '25.00', 'B', 0, 0, null, null, null, false, 1, 'C', 'S', null, false, 'S', '[]' from unnest($1::text[]) as code`, [BENCH_SERVICES]);
    await sql.query(`insert into projected_price_list (id, kind, name, location_id, date, deleted, version) values ('${ITEM_LIST}', 'ITEMS', 'Items', null, '2020-01-01', false, 1), ('${SERVICE_LIST}', 'SERVICES', 'Services', null, '2020-01-01', false, 1)`);
    await sql.query(`insert into projected_price_list_detail (price_list_id, line_id, price) select '${ITEM_LIST}'::uuid, id, null::numeric from projected_medical_item
      union all select '${SERVICE_LIST}'::uuid, id, null::numeric from projected_medical_service`);
    await sql.query(`insert into projected_facility_price_lists (health_facility_id, items_price_list_id, services_price_list_id, version)
      select id, '${ITEM_LIST}', '${SERVICE_LIST}', 1 from unnest($1::uuid[]) as id`, [facilities]);
    const unlimited = JSON.stringify({ maxCount: null, maxAmount: null });
    const categories = `{"consultation":${unlimited},"surgery":${unlimited},"delivery":${unlimited},"hospitalization":${unlimited},"visit":${unlimited},"antenatal":${unlimited}}`;
    await sql.query(`insert into projected_product (id, code, name, location_id, date_from, date_to, conversion_product_id, insurance_period, grace_period_payment,
        max_installments, member_count, threshold, ceiling_type, ceiling_interpretation, deductible, ceiling, extra_member_ceiling, max_policy_ceiling,
        category_limits, relative_prices, capitation, account_codes, deleted, version)
      values ('${PRODUCT}', 'BENCHCLM', 'Bench product', null, '2020-01-01', '2099-12-31', null, 12, 1, 0, 6, 4, 'I', 'I',
        '{"general":"20.00","inPatient":null,"outPatient":null}', '{"general":"5000.00","inPatient":null,"outPatient":null}', '{"general":null,"inPatient":null,"outPatient":null}',
        '{"general":null,"inPatient":null,"outPatient":null}', '${categories}', '{"period":null}', null, '{}', false, 1)`);
    const limit = '{"limitationType":"C","adult":80,"child":90}';
    await sql.query(`insert into projected_product_line (product_id, kind, line_id, price_origin, limits, waiting_period_adult, waiting_period_child, limit_count_adult, limit_count_child, ceiling_exclusion_adult, ceiling_exclusion_child)
      select '${PRODUCT}'::uuid, 'ITEM', id, 'P', '{"normal":${limit},"emergency":${limit},"referral":${limit}}'::jsonb, 0, 0, 0, 0, null, null from projected_medical_item
      union all select '${PRODUCT}'::uuid, 'SERVICE', id, 'P', '{"normal":${limit},"emergency":${limit},"referral":${limit}}'::jsonb, 0, 0, 0, 0, null, null from projected_medical_service`);
    await sql.query(`create temporary table bench_member as select n, gen_random_uuid() as insuree, gen_random_uuid() as family, gen_random_uuid() as policy from generate_series(0, $1::int - 1) as n`, [insurees]);
    await sql.query(`insert into projected_family (id, head_insuree_id, village_id, poverty, deleted, version) select family, insuree, '${DISTRICT}', null, false, 1 from bench_member`);
    await sql.query(`insert into projected_insuree (id, insurance_number, family_id, is_head, gender, birth_date, current_village_id, family_village_id, health_facility_id, status, status_date, deleted, version)
      select insuree, 'C' || lpad(n::text, 9, '0'), family, true, case when n % 2 = 0 then 'F' else 'M' end, date '1970-01-01' + (n % 15000), null, '${DISTRICT}', null, 'AC', null, false, 1 from bench_member`);
    await sql.query(`insert into projected_policy (id, family_id, product_id, officer_id, stage, status, value, enrol_date, start_date, effective_date, expiry_date, previous_policy_id, deleted, version, paid_total)
      select policy, family, '${PRODUCT}', null, 'N', 'ACTIVE', '100.00', '2026-01-01', '2026-01-01', '2026-01-01', '2026-12-31', null, false, 1, '100.00' from bench_member`);
    await sql.query(`insert into projected_insuree_policy (id, insuree_id, policy_id, enrolment_date, start_date, effective_date, expiry_date, deleted, version)
      select gen_random_uuid(), insuree, policy, '2026-01-01', '2026-01-01', '2026-01-01', '2026-12-31', false, 1 from bench_member`);
    await sql.query('analyze');
    return { seconds: (Date.now() - started) / 1000 };
  } finally {
    await sql.end();
  }
}
