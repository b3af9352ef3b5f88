import type { DiagnosisState, MedicalItemState, MedicalServiceState } from '@imis/contracts';
import { isUuid, type ProjectionReader, readRows, textArrayLiteral, uuidArrayLiteral } from '@imis/persistence';

/** A projected item as its last event stated it (dates YYYY-MM-DD, prices as money strings), and whether it is deleted. */
export type ProjectedMedicalItemRow = MedicalItemState & { deleted: boolean };
export type ProjectedMedicalServiceRow = MedicalServiceState & { deleted: boolean };
export type ProjectedDiagnosisRow = DiagnosisState & { deleted: boolean };

export interface CatalogueQueryOptions {
  /** Deleted entries too; by default only current ones. */
  includeDeleted?: boolean;
}

const ENTRY_COLUMNS = `id, code, name, price::text as price, care_type as "careType", frequency, patient_category as "patientCategory",
  maximum_quantity::float8 as "maximumQuantity", to_char(effective_from, 'YYYY-MM-DD') as "effectiveFrom",
  to_char(effective_to, 'YYYY-MM-DD') as "effectiveTo", deleted, version`;
const ITEMS = `select ${ENTRY_COLUMNS}, type, package, quantity::float8 as quantity from projected_medical_item`;
const SERVICES = `select ${ENTRY_COLUMNS}, type, level, category, manual_price as "manualPrice", package_type as "packageType",
  package_lines as "packageLines" from projected_medical_service`;
const DIAGNOSES = 'select id, code, name, deleted, version from projected_diagnosis';
const current = (options: CatalogueQueryOptions) => (options.includeDeleted ? '' : ' and not deleted');

async function byIds<R>(db: ProjectionReader, select: string, ids: readonly string[], options: CatalogueQueryOptions): Promise<R[]> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (valid.length === 0) return [];
  return readRows(db, `${select} where id = any(?::uuid[])${current(options)}`, [uuidArrayLiteral(valid)]);
}

async function byCodes<R>(db: ProjectionReader, select: string, codes: readonly string[]): Promise<R[]> {
  if (codes.length === 0) return [];
  return readRows(db, `${select} where code = any(?::text[]) and not deleted`, [textArrayLiteral([...new Set(codes)])]);
}

/** The current items with these codes: one query on the code index. */
export function itemsByCodes(db: ProjectionReader, codes: readonly string[]): Promise<ProjectedMedicalItemRow[]> {
  return byCodes(db, ITEMS, codes);
}

/** The items with these ids (a package's sub-items, a claim line's item): one query. */
export function itemsByIds(db: ProjectionReader, ids: readonly string[], options: CatalogueQueryOptions = {}): Promise<ProjectedMedicalItemRow[]> {
  return byIds(db, ITEMS, ids, options);
}

/** The current services with these codes, package lines included: one query on the code index. */
export function servicesByCodes(db: ProjectionReader, codes: readonly string[]): Promise<ProjectedMedicalServiceRow[]> {
  return byCodes(db, SERVICES, codes);
}

export function servicesByIds(db: ProjectionReader, ids: readonly string[], options: CatalogueQueryOptions = {}): Promise<ProjectedMedicalServiceRow[]> {
  return byIds(db, SERVICES, ids, options);
}

/** The current diagnoses with these codes: one query on the code index. */
export function diagnosesByCodes(db: ProjectionReader, codes: readonly string[]): Promise<ProjectedDiagnosisRow[]> {
  return byCodes(db, DIAGNOSES, codes);
}

/** Codes of the three kinds, looked up together. */
export interface CatalogueCodes {
  diagnoses: readonly string[];
  items: readonly string[];
  services: readonly string[];
}

export interface CatalogueByCodes {
  diagnoses: ProjectedDiagnosisRow[];
  items: ProjectedMedicalItemRow[];
  services: ProjectedMedicalServiceRow[];
}

const agg = (select: string) => `(select coalesce(json_agg(t), '[]') from (${select} where code = any(?::text[]) and not deleted) t)`;
const CATALOGUE_BY_CODES = `select ${agg(DIAGNOSES)} as diagnoses, ${agg(ITEMS)} as items, ${agg(SERVICES)} as services`;

/**
 * The current diagnoses, items and services with these codes in one statement (one round trip for a claim's
 * references): the rows diagnosesByCodes, itemsByCodes and servicesByCodes give, each kind as a JSON array.
 */
export async function catalogueByCodes(db: ProjectionReader, codes: CatalogueCodes): Promise<CatalogueByCodes> {
  if (codes.diagnoses.length + codes.items.length + codes.services.length === 0) return { diagnoses: [], items: [], services: [] };
  const distinct = (values: readonly string[]) => textArrayLiteral([...new Set(values)]);
  const [row] = await readRows<CatalogueByCodes>(db, CATALOGUE_BY_CODES, [distinct(codes.diagnoses), distinct(codes.items), distinct(codes.services)]);
  return row;
}
