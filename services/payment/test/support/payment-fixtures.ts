import { uuidv7 } from '@imis/persistence';
import type { ServiceTestApp } from '@imis/testing';

export interface Area {
  regionId: string;
  districtId: string;
  villageId: string;
}

let counter = 0;
const code = (prefix: string) => `${prefix}${Date.now() % 100_000}${++counter}`.slice(0, 8);

/** A region → district → ward → village chain in the location projection. */
export async function insertArea(service: ServiceTestApp): Promise<Area> {
  const [regionId, districtId, wardId, villageId] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
  const rows: [string, string, string | null, string[]][] = [
    [regionId, 'R', null, []],
    [districtId, 'D', regionId, [regionId]],
    [wardId, 'W', districtId, [regionId, districtId]],
    [villageId, 'V', wardId, [regionId, districtId, wardId]],
  ];
  for (const [id, type, parentId, ancestors] of rows) {
    await service.query(`insert into projected_location (id, code, name, type, parent_id, ancestor_ids, deleted, version) values ($1, $2, $2, $3, $4, $5::uuid[], false, 1)`, [
      id,
      code(type),
      type,
      parentId,
      `{${ancestors.join(',')}}`,
    ]);
  }
  return { regionId, districtId, villageId };
}

/** A family in a village with its members' insurance numbers (the first is the head). */
export async function insertFamily(service: ServiceTestApp, villageId: string, numbers: string[]): Promise<string> {
  const familyId = uuidv7();
  const ids = numbers.map(() => uuidv7());
  await service.query(`insert into projected_family (id, head_insuree_id, village_id, poverty, deleted, version) values ($1, $2, $3, null, false, 1)`, [familyId, ids[0], villageId]);
  for (const [index, number] of numbers.entries()) {
    await service.query(
      `insert into projected_insuree (id, insurance_number, family_id, is_head, gender, birth_date, current_village_id, family_village_id, health_facility_id, status, status_date, deleted, version)
       values ($1, $2, $3, $4, 'F', '1990-01-01', null, $5, null, 'AC', null, false, 1)`,
      [ids[index], number, familyId, index === 0, villageId],
    );
  }
  return familyId;
}

/** A product sold from 2020 to 2099, nationally unless a location is given. */
export async function insertProduct(service: ServiceTestApp, productCode: string, locationId: string | null = null): Promise<string> {
  const id = uuidv7();
  await service.query(
    `insert into projected_product (id, code, name, location_id, date_from, date_to, conversion_product_id, insurance_period, grace_period_payment, max_installments,
       member_count, threshold, ceiling_type, ceiling_interpretation, deductible, ceiling, extra_member_ceiling, max_policy_ceiling, category_limits, relative_prices,
       capitation, account_codes, deleted, version)
     values ($1, $2, $2, $3, '2020-01-01', '2099-12-31', null, 12, 1, 0, 10, 6, 'P', 'I', '{}', '{}', '{}', '{}', '{}', '{}', null, '{}', false, 1)`,
    [id, productCode, locationId],
  );
  return id;
}

export async function insertPolicy(
  service: ServiceTestApp,
  fields: { familyId: string; productId: string; value: string; status?: string; stage?: 'N' | 'R'; startDate?: string; paidTotal?: string },
): Promise<string> {
  const id = uuidv7();
  await service.query(
    `insert into projected_policy (id, family_id, product_id, officer_id, stage, status, value, enrol_date, start_date, effective_date, expiry_date, previous_policy_id, paid_total, underpaid, deleted, version)
     values ($1, $2, $3, null, $4, $5, $6, $7, $7, null, '2099-12-31', null, $8, false, false, 1)`,
    [id, fields.familyId, fields.productId, fields.stage ?? 'N', fields.status ?? 'IDLE', fields.value, fields.startDate ?? '2026-01-01', fields.paidTotal ?? '0'],
  );
  return id;
}

export async function insertOfficer(service: ServiceTestApp, officerCode: string, villageIds: string[], worksTo: string | null = null): Promise<string> {
  const id = uuidv7();
  await service.query(`insert into projected_officer (id, code, village_ids, works_to, deleted, version) values ($1, $2, $3::uuid[], $4, false, 1)`, [
    id,
    officerCode,
    `{${villageIds.join(',')}}`,
    worksTo,
  ]);
  return id;
}

/** A fresh insurance number (9 digits). */
export const insuranceNumber = () => String(100_000_000 + Math.floor(Math.random() * 899_999_999));
export const productCode = () => code('P');
