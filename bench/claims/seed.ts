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
/** What each bench claim asks per line (run.ts claimInput and seedStoredClaims): quantity 1 at these prices. */
export const BENCH_LINE_QUANTITY = 1;
export const BENCH_ITEM_PRICE_ASKED = '10.00';
export const BENCH_SERVICE_PRICE_ASKED = '25.00';
/** Claimed total of a bench claim, as entry computes it (Σ quantity × price asked). */
const BENCH_CLAIMED = (
  (BENCH_ITEMS.length * BENCH_LINE_QUANTITY * Math.round(Number(BENCH_ITEM_PRICE_ASKED) * 100) +
    BENCH_SERVICES.length * BENCH_LINE_QUANTITY * Math.round(Number(BENCH_SERVICE_PRICE_ASKED) * 100)) /
  100
).toFixed(2);

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

/**
 * UUID v7 text pieces: `prefix` (SQL text: 12 hex digits of the millisecond and the version 7), a 3-digit hex counter
 * in rand_a, then `tail` (SQL text: the variant nibble 8, 15 random hex digits with one hyphen, which uuid input accepts
 * after any 4 digits). A claim and its lines share the claim's millisecond and random tail with counters 0, 1, …, so
 * ids are unique and sort as the API's (uuid's v7 is monotonic within a millisecond: the claim, its items, its services).
 */
const v7Tail = (hex: string) => `'8' || substr(${hex}, 1, 3) || '-' || substr(${hex}, 4, 12)`;
const uuidv7Sql = (prefix: string, counter: string, tail: string) => `(${prefix} || ${counter} || ${tail})::uuid`;
const counterSql = (counter: string) => `lpad(to_hex(${counter}), 3, '0')`;

export interface StoredClaims {
  /** Claims and lines inserted, and the seconds it took: committed (index builds included), then vacuumed and analyzed. */
  claims: number;
  lines: number;
  insertSeconds: number;
  vacuumSeconds: number;
  /** Their submission numbers: firstSeq..lastSeq. */
  firstSeq: string;
  lastSeq: string;
}

/**
 * Inserts `count` stored claims set-based (a few statements over generate_series, whatever `count`), shaped like the
 * claims S1 enters and submits through the API (`enterAndSubmitClaims` / `enterAndSubmitClaim` with run.ts claimInput)
 * before adjudication: version 1, status ENTERED, queued, submitted by `actor` (changed_by too) at their creation,
 * submission numbers from `claim_submission_seq` in creation order, codes C + 8 digits from each facility's
 * claim_code_counter (moved on past them, so they stay unique among the facility's current claims), a random facility
 * of BENCH_FACILITIES and a random seeded insuree of `insurees`, dates in May 2026 (day 1 + n mod 28, from = to =
 * claimed), visit type O, main diagnosis B00, no secondary diagnoses, claimed = Σ quantity × price asked; lines
 * BENCH_ITEMS then BENCH_SERVICES (quantity 1 at 10.00 and 25.00, entered in version 1, adjudication results empty).
 * Created one millisecond apart, the last one now; no jobs (S3 hands them to the workers), no outbox events (S1's
 * `entered`/`submitted` events do not matter to adjudication), no history (a version 1 has none).
 */
export async function seedStoredClaims(databaseUrl: string, options: { count: number; insurees: number; actor: string }): Promise<StoredClaims> {
  const { count, insurees, actor } = options;
  const sql = new Client({ connectionString: databaseUrl });
  await sql.connect();
  const started = Date.now();
  try {
    await sql.query('begin');
    // The estimates over fresh temporary tables are wild: JIT compiling would take longer than the statements. The
    // sorts and index builds below fit in memory.
    await sql.query(`set local jit = off; set local work_mem = '256MB'; set local maintenance_work_mem = '256MB'`);
    const [{ found }] = (await sql.query<{ found: string }>(`select count(*) as found from projected_insuree where insurance_number = any($1::text[]) and not deleted`, [
      [benchInsureeNumber(0), benchInsureeNumber(insurees - 1)],
    ])).rows;
    if (found !== '2') throw new Error(`seedStoredClaims: the bench insurees 0..${insurees - 1} are not all seeded`);
    await sql.query(`create temporary table bench_insuree on commit drop as
      select substr(insurance_number, 2)::int as idx, id from projected_insuree where insurance_number like 'C%' and not deleted and substr(insurance_number, 2)::int < $1`, [insurees]);
    await sql.query(`create temporary table bench_facility on commit drop as select (k - 1)::int as idx, id from unnest($1::uuid[]) with ordinality as f(id, k)`, [
      Array.from({ length: BENCH_FACILITIES }, (_, index) => benchFacility(index)),
    ]);
    // n in creation order: one millisecond apart (distinct v7 prefixes), submission numbers in the same order.
    await sql.query(`create temporary table bench_stored on commit drop as
      select n, ms, ${uuidv7Sql('prefix', `'000'`, 'tail')} as id, prefix, tail, to_timestamp(ms / 1000.0) as at, seq,
        floor(random() * ${BENCH_FACILITIES})::int as facility, floor(random() * $2)::int as insuree, date '2026-05-01' + (n % 28)::int as day
      from (select n, ms, lpad(to_hex(ms), 12, '0') || '7' as prefix, ${v7Tail('hex')} as tail, seq
              from (select n, b.first_ms + n as ms, nextval('claim_submission_seq') as seq, md5(random()::text) as hex
                      from (select (extract(epoch from clock_timestamp()) * 1000)::bigint - $1::bigint as first_ms) b, generate_series(1, $1::int) as n) s) s`, [count, insurees]);
    await sql.query('analyze bench_insuree, bench_facility, bench_stored');
    const [{ diagnosis }] = (await sql.query<{ diagnosis: string }>(`select id as diagnosis from projected_diagnosis where code = 'B00' and not deleted`)).rows;
    // Loading a million rows into indexes row by row takes several times longer than building them afterwards: the
    // secondary indexes (not the primary keys, which v7 ids fill in order) are dropped and built again from their own
    // definitions before commit (the unique code index checks the codes then); nothing else reads these tables meanwhile.
    const indexes = (
      await sql.query<{ name: string; definition: string }>(
        `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition from pg_index i
          where i.indrelid = any(array['claim', 'claim_item', 'claim_service']::regclass[]) and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
          order by 1`,
      )
    ).rows;
    for (const { name } of indexes) await sql.query(`drop index ${name}`);
    const inserted = await sql.query(
      `insert into claim (id, created_at, updated_at, version, valid_from, deleted_at, changed_by, code, insuree_id, health_facility_id, claim_admin_id,
         date_from, date_to, date_claimed, visit_type, category, main_diagnosis_id, secondary_diagnosis_ids, explanation, status, rejection_reason, queued,
         submitted_at, submitted_by, claimed, approved, valuated, remunerated, restored_from_id, restore_count, submission_seq)
       select s.id, s.at, s.at, 1, s.at, null, $1, 'C' || lpad(number::text, greatest(8, length(number::text)), '0'), i.id, f.id, null,
         s.day, s.day, s.day, 'O', null, $2::uuid, '[]'::jsonb, null, 'ENTERED', 0, true, s.at, $1, $3::numeric, null, null, null, null, 0, s.seq
       from (select s.*, coalesce(c.last, 0) + row_number() over (partition by s.facility order by s.n) as number
               from bench_stored s join bench_facility f on f.idx = s.facility left join claim_code_counter c on c.health_facility_id = f.id) s
       join bench_insuree i on i.idx = s.insuree join bench_facility f on f.idx = s.facility
       order by s.n`,
      [actor, diagnosis, BENCH_CLAIMED],
    );
    if (inserted.rowCount !== count) throw new Error(`seedStoredClaims: ${inserted.rowCount} claims inserted, ${count} wanted`);
    await sql.query(`insert into claim_code_counter (health_facility_id, last) select f.id, count(*) from bench_stored s join bench_facility f on f.idx = s.facility group by f.id
      on conflict (health_facility_id) do update set last = claim_code_counter.last + excluded.last`);
    let lines = 0;
    // In bench_stored's order, claim by claim (the nested loop's: no sort of millions of lines).
    for (const [table, column, catalogue, codes, price, first] of [
      ['claim_item', 'item_id', 'projected_medical_item', BENCH_ITEMS, BENCH_ITEM_PRICE_ASKED, 1],
      ['claim_service', 'service_id', 'projected_medical_service', BENCH_SERVICES, BENCH_SERVICE_PRICE_ASKED, 1 + BENCH_ITEMS.length],
    ] as const) {
      const result = await sql.query(
        `insert into ${table} (id, created_at, updated_at, claim_id, entered_in_version, replaced_in_version, quantity_provided, price_asked, explanation, ${column})
         select ${uuidv7Sql('s.prefix', 'l.counter', 's.tail')}, s.at, s.at, s.id, 1, null, $2::numeric, $3::numeric, null, l.line_id
         from bench_stored s
         cross join (select ${counterSql('$1::int + k - 1')} as counter, m.id as line_id from unnest($4::text[]) with ordinality as c(code, k)
                       join ${catalogue} m on m.code = c.code and not m.deleted) l`,
        [first, BENCH_LINE_QUANTITY, price, [...codes]],
      );
      if (result.rowCount !== count * codes.length) throw new Error(`seedStoredClaims: ${result.rowCount} ${table} rows inserted, ${count * codes.length} wanted`);
      lines += result.rowCount;
    }
    for (const { definition } of indexes) await sql.query(definition);
    const [range] = (await sql.query<{ firstSeq: string; lastSeq: string }>('select min(seq)::text as "firstSeq", max(seq)::text as "lastSeq" from bench_stored')).rows;
    await sql.query('commit');
    const committed = Date.now();
    // As long-stored claims would be: vacuumed (hint bits set, visibility map) and analyzed.
    await sql.query('vacuum (analyze) claim, claim_item, claim_service, claim_code_counter');
    return { claims: count, lines, insertSeconds: (committed - started) / 1000, vacuumSeconds: (Date.now() - committed) / 1000, firstSeq: range.firstSeq, lastSeq: range.lastSeq };
  } catch (error) {
    await sql.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await sql.end();
  }
}
