import { Client } from 'pg';

/**
 * A bench register seeded in SQL: 1,000 villages (10 districts × 10 wards × 10 villages) in the location
 * projection, and `insurees` insurees in families of four, with names mixed from French, East African
 * and Nepali (Latin and Devanagari) lists, accents included. The trigram index is dropped while loading
 * and rebuilt after, as a migration of an existing register would.
 */
export async function seedInsurees(sql: Client, insurees: number): Promise<void> {
  await sql.query('truncate insuree, family, projected_location');
  await sql.query(`
    insert into projected_location (id, code, name, type, parent_id, ancestor_ids, deleted, version)
    select ('00000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, 'L' || n, 'Place ' || n,
           case when n = 0 then 'R' when n <= 10 then 'D' when n <= 110 then 'W' else 'V' end,
           null, '{}', false, 1
    from generate_series(0, 1110) as n`);
  // parents: district d (1..10) under region 0; ward w (11..110) under district 1 + (w-11)/10; village v (111..1110) under ward 11 + (v-111)/10
  await sql.query(`
    update projected_location set parent_id = ('00000000-0000-4000-8000-' || lpad(to_hex(
      case when code::text ~ '^L([1-9]|10)$' then 0
           when substr(code, 2)::int between 11 and 110 then 1 + (substr(code, 2)::int - 11) / 10
           else 11 + (substr(code, 2)::int - 111) / 10 end), 12, '0'))::uuid
    where code <> 'L0'`);
  await sql.query(`
    with recursive chain as (
      select id, parent_id, array[]::uuid[] as ancestors from projected_location where parent_id is null
      union all
      select l.id, l.parent_id, c.ancestors || c.id from projected_location l join chain c on l.parent_id = c.id)
    update projected_location p set ancestor_ids = chain.ancestors from chain where chain.id = p.id`);

  await sql.query('drop index if exists insuree_name_search_trgm');
  const families = Math.ceil(insurees / 4);
  await sql.query(
    `insert into family (id, created_at, updated_at, version, valid_from, changed_by, head_insuree_id, village_id, offline)
     select ('10000000-0000-4000-8000-' || lpad(to_hex(f), 12, '0'))::uuid, date_trunc('milliseconds', now()), now(), 1, now(), 'bench',
            ('20000000-0000-4000-8000-' || lpad(to_hex(f * 4), 12, '0'))::uuid,
            ('00000000-0000-4000-8000-' || lpad(to_hex(111 + f % 1000), 12, '0'))::uuid, false
     from generate_series(0, $1 - 1) as f`,
    [families],
  );
  await sql.query(
    `with names as (
       select array['Shrestha','Tamang','Gurung','Rai','Magar','Thapa','Karki','Adhikari','श्रेष्ठ','तामाङ','गुरुङ','थापा',
                    'Mwakyusa','Kimaro','Mushi','Nyirenda','Ngoué','Mbarga','Nguéma','Éboué','Dubois','Lefèvre','Moreau','Béchir'] as last,
              array['Sita','Ram','Hari','Gita','Maya','Bikash','सीता','राम','हरि','गीता','Neema','Baraka','Amani','Zawadi',
                    'Élodie','Hélène','François','Jérôme','Aïcha','Moussa','Fatimé','Chloé','Noël','Zoé'] as other)
     insert into insuree (id, created_at, updated_at, version, valid_from, changed_by, insurance_number, family_id, is_head,
                          family_village_id, last_name, other_names, gender, birth_date, status, card_issued, offline)
     select ('20000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, date_trunc('milliseconds', now()), now(), 1, now(), 'bench',
            lpad(i::text, 8, '0') || ((i % 100000000) % 7)::text,
            ('10000000-0000-4000-8000-' || lpad(to_hex(i / 4), 12, '0'))::uuid, i % 4 = 0,
            ('00000000-0000-4000-8000-' || lpad(to_hex(111 + (i / 4) % 1000), 12, '0'))::uuid,
            last[1 + (i * 7 + i / 13) % 24],
            other[1 + (i * 11 + i / 7) % 24] || case when i % 3 = 0 then '' else ' ' || other[1 + (i / 3 + i / 101) % 24] end,
            case when i % 2 = 0 then 'F' else 'M' end,
            date '1940-01-01' + (i * 37 % 30000),
            'AC', false, false
     from names, generate_series(0, $1 - 1) as i`,
    [insurees],
  );
  await sql.query(`create index "insuree_name_search_trgm" on "insuree" using gin ("name_search" gin_trgm_ops) where "deleted_at" is null`);
  await sql.query('analyze');
}
