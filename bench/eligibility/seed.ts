import { Client } from 'pg';

/**
 * Seeds the bench database set-based: `insurees` insurees in families of four in the insuree projection
 * (numbers "E" + 9 digits), one policy per family of one of the products (most Active and covering today,
 * some Idle, some expired last year), a coverage row per member, and claims' usage for every other family
 * (two members with one claim each: usage rows and their aggregates, as the claim-usage consumer writes
 * them). Idempotent per size: it starts over when the count differs or no usage is held.
 */
export async function seedEligibility(databaseUrl: string, insurees: number, productIds: string[]): Promise<{ seconds: number; reused: boolean }> {
  const sql = new Client({ connectionString: databaseUrl });
  await sql.connect();
  try {
    const [{ n, used }] = (await sql.query<{ n: string; used: boolean }>('select count(*) as n, exists (select 1 from claim_policy_usage) as used from insuree_policy')).rows;
    if (Number(n) === insurees && used) {
      await settle(sql);
      return { seconds: 0, reused: true };
    }
    const started = Date.now();
    await sql.query(
      'truncate insuree_policy, policy, projected_insuree, projected_family, claim_usage, claim_policy_usage, policy_usage, policy_insuree_usage, policy_category_usage, policy_line_usage',
    );
    const families = Math.ceil(insurees / 4);
    await sql.query(
      `insert into projected_family (id, head_insuree_id, village_id, poverty, deleted, version)
       select md5('f' || f)::uuid, md5('i' || (f * 4))::uuid, md5('v' || (f % 5000))::uuid, false, false, 1 from generate_series(0, $1 - 1) f`,
      [families],
    );
    await sql.query(
      `insert into projected_insuree (id, insurance_number, family_id, is_head, gender, birth_date, relationship, current_village_id, family_village_id,
         health_facility_id, status, status_date, photo_date, deleted, version)
       select md5('i' || i)::uuid, 'E' || lpad(i::text, 9, '0'), md5('f' || (i / 4))::uuid, i % 4 = 0, case when i % 2 = 0 then 'M' else 'F' end,
         date '1960-01-01' + (i % 20000), null, null, md5('v' || ((i / 4) % 5000))::uuid, null, 'AC', null, null, false, 1
       from generate_series(0, $1 - 1) i`,
      [insurees],
    );
    await sql.query(
      `insert into policy (id, created_at, updated_at, version, valid_from, changed_by, family_id, product_id, stage, status, value, enrol_date, start_date,
         effective_date, expiry_date, paid_total, underpaid)
       select md5('p' || f)::uuid, now(), now(), 1, now(), 'bench', md5('f' || f)::uuid, ($2::uuid[])[1 + f % array_length($2::uuid[], 1)], 'N',
         case when f % 10 = 0 then 'IDLE' when f % 10 = 1 then 'EXPIRED' else 'ACTIVE' end, 1000, s - 10, s,
         case when f % 10 = 0 then null else s + 5 end, (s + interval '12 months' - interval '1 day')::date, 1000, false
       from generate_series(0, $1 - 1) f, lateral (select case when f % 10 = 1 then current_date - 500 else current_date - 100 end as s) d`,
      [families, productIds],
    );
    await sql.query(
      `insert into insuree_policy (id, created_at, updated_at, version, valid_from, changed_by, policy_id, insuree_id, enrolment_date, start_date, effective_date, expiry_date)
       select md5('ip' || i)::uuid, now(), now(), 1, now(), 'bench', p.id, md5('i' || i)::uuid, p.enrol_date, p.start_date, p.effective_date, p.expiry_date
       from generate_series(0, $1 - 1) i join policy p on p.id = md5('p' || (i / 4))::uuid`,
      [insurees],
    );
    await seedUsage(sql, insurees);
    await settle(sql);
    return { seconds: (Date.now() - started) / 1000, reused: false };
  } finally {
    await sql.end();
  }
}

/**
 * Vacuumed as a scheme's long-standing tables are (hint bits set, visibility map for index-only scans; quick when
 * already done) and checkpointed: the measurement is of the enquiry, not of PostgreSQL writing back a million fresh rows.
 */
async function settle(sql: Client): Promise<void> {
  for (const table of SEEDED_TABLES) await sql.query(`vacuum (analyze) ${table}`);
  await sql.query('checkpoint');
}

const SEEDED_TABLES = ['projected_insuree', 'projected_family', 'policy', 'insuree_policy', 'product', 'claim_policy_usage', 'policy_usage', 'policy_insuree_usage', 'policy_category_usage', 'policy_line_usage'];

const IN_PATIENT = (amount: string) => `sum(case when in_patient then ${amount} else 0 end), sum(case when not in_patient then ${amount} else 0 end)`;

/** Claims' usage of every other family's policy: its head (a surgery, out-patient) and second member (in-patient). */
async function seedUsage(sql: Client, insurees: number): Promise<void> {
  await sql.query(
    `insert into claim_policy_usage (claim_id, policy_id, product_id, insuree_id, target_date, in_patient, category, remunerated, deductible, exceed_ceiling, items, services)
     select md5('c' || i)::uuid, p.id, p.product_id, md5('i' || i)::uuid, current_date - 30, i % 4 = 1, case when i % 4 = 0 then 'S' else 'H' end,
       case when i % 4 = 0 then 500 else 2000 end, 10, 0, jsonb_build_array(jsonb_build_object('itemId', md5('item')::uuid, 'quantity', 1)), '[]'::jsonb
     from generate_series(0, $1 - 1) i join policy p on p.id = md5('p' || (i / 4))::uuid
     where (i / 4) % 2 = 0 and i % 4 < 2`,
    [insurees],
  );
  await sql.query(`insert into claim_usage (claim_id, claim_version, deleted) select claim_id, 1, false from claim_policy_usage`);
  const amounts = `${IN_PATIENT('remunerated')}, ${IN_PATIENT('deductible')}, count(*)`;
  await sql.query(
    `insert into policy_usage (policy_id, remunerated_in_patient, remunerated_out_patient, deductible_in_patient, deductible_out_patient, claims)
     select policy_id, ${amounts} from claim_policy_usage group by policy_id`,
  );
  await sql.query(
    `insert into policy_insuree_usage (policy_id, insuree_id, remunerated_in_patient, remunerated_out_patient, deductible_in_patient, deductible_out_patient, claims)
     select policy_id, insuree_id, ${amounts} from claim_policy_usage group by policy_id, insuree_id`,
  );
  await sql.query(
    `insert into policy_category_usage (policy_id, insuree_id, category, claims) select policy_id, insuree_id, category, count(*) from claim_policy_usage group by 1, 2, 3`,
  );
  await sql.query(
    `insert into policy_line_usage (policy_id, insuree_id, kind, line_id, quantity)
     select policy_id, insuree_id, 'I', x."itemId", sum(x.quantity) from claim_policy_usage, jsonb_to_recordset(items) as x("itemId" uuid, quantity numeric) group by 1, 2, 3, 4`,
  );
}
