import type { EntityManager } from '@mikro-orm/postgresql';
import type { DeletedDiagnosis, DiagnosisState, MedicalItemState, MedicalServiceState } from '@imis/contracts';

// One statement for one state or many: the states travel as one JSON parameter; an older version changes nothing.
const ENTRY_COLUMNS = 'id, code, name, price, care_type, frequency, patient_category, maximum_quantity, effective_from, effective_to, deleted, version';
const ENTRY_VALUES = 't.id, t.code, t.name, t.price, t."careType", t.frequency, t."patientCategory", t."maximumQuantity", t."effectiveFrom", t."effectiveTo", false, t.version';
const ENTRY_RECORD = `id uuid, code text, name text, price numeric, "careType" text, frequency int, "patientCategory" int, "maximumQuantity" numeric,
  "effectiveFrom" date, "effectiveTo" date, version int`;
const ENTRY_UPDATES = `code = excluded.code, name = excluded.name, price = excluded.price, care_type = excluded.care_type, frequency = excluded.frequency,
  patient_category = excluded.patient_category, maximum_quantity = excluded.maximum_quantity, effective_from = excluded.effective_from,
  effective_to = excluded.effective_to, deleted = false, version = excluded.version`;

const UPSERT_ITEMS = `insert into projected_medical_item (${ENTRY_COLUMNS}, type, package, quantity)
  select ${ENTRY_VALUES}, t.type, t.package, t.quantity
  from json_to_recordset(?::json) as t(${ENTRY_RECORD}, type text, package text, quantity numeric)
  on conflict (id) do update set ${ENTRY_UPDATES}, type = excluded.type, package = excluded.package, quantity = excluded.quantity
  where projected_medical_item.version < excluded.version`;

const UPSERT_SERVICES = `insert into projected_medical_service (${ENTRY_COLUMNS}, type, level, category, manual_price, package_type, package_lines)
  select ${ENTRY_VALUES}, t.type, t.level, t.category, t."manualPrice", t."packageType", t."packageLines"
  from json_to_recordset(?::json) as t(${ENTRY_RECORD}, type text, level text, category text, "manualPrice" boolean, "packageType" text, "packageLines" jsonb)
  on conflict (id) do update set ${ENTRY_UPDATES}, type = excluded.type, level = excluded.level, category = excluded.category,
    manual_price = excluded.manual_price, package_type = excluded.package_type, package_lines = excluded.package_lines
  where projected_medical_service.version < excluded.version`;

const UPSERT_DIAGNOSES = `insert into projected_diagnosis (id, code, name, deleted, version)
  select t.id, t.code, t.name, false, t.version from json_to_recordset(?::json) as t(id uuid, code text, name text, version int)
  on conflict (id) do update set code = excluded.code, name = excluded.name, deleted = false, version = excluded.version
  where projected_diagnosis.version < excluded.version`;

/** Full states of items (created, updated). */
export async function upsertItems(em: EntityManager, states: readonly MedicalItemState[]): Promise<void> {
  if (states.length > 0) await em.execute(UPSERT_ITEMS, [JSON.stringify(states)], 'run');
}

/** Full states of services (created, updated), package lines included. */
export async function upsertServices(em: EntityManager, states: readonly MedicalServiceState[]): Promise<void> {
  if (states.length > 0) await em.execute(UPSERT_SERVICES, [JSON.stringify(states)], 'run');
}

/** Marks an item or a service deleted, unless the projection already holds a later version. */
export async function deleteCatalogueEntry(em: EntityManager, table: 'projected_medical_item' | 'projected_medical_service', id: string, version: number): Promise<void> {
  await em.execute(`update ${table} set deleted = true, version = ? where id = ? and version < ?`, [version, id, version], 'run');
}

/** Diagnoses created or changed by an upload batch. */
export async function upsertDiagnoses(em: EntityManager, states: readonly DiagnosisState[]): Promise<void> {
  if (states.length > 0) await em.execute(UPSERT_DIAGNOSES, [JSON.stringify(states)], 'run');
}

/** Diagnoses an upload batch deleted, each with its version after the deletion: a later stored version wins. */
export async function deleteDiagnoses(em: EntityManager, deleted: readonly DeletedDiagnosis[]): Promise<void> {
  if (deleted.length === 0) return;
  await em.execute(
    `update projected_diagnosis p set deleted = true, version = t.version
     from json_to_recordset(?::json) as t(id uuid, version int) where p.id = t.id and p.version < t.version`,
    [JSON.stringify(deleted)],
    'run',
  );
}
