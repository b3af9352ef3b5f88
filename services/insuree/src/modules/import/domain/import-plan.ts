import { type DomainError, trimmedOrNull } from '@imis/kernel';
import type { FamilyFields } from '../../../shared/domain/family-fields';
import type { InsureeFields } from '../../../shared/domain/insuree-fields';
import type { ImportColumns, ImportField } from './import-columns';
import { importCellDefects } from './import-cells';
import { importErrors } from './import.errors';
import type { ImportMode } from './import-options';
import type { ImportCell, ImportRow, ImportRowError } from './import-row';

/** What the database says about the codes and numbers of a file (one query each). */
export interface ImportReferences {
  /** Current locations by code: only type V is a village. */
  readonly locations: ReadonlyMap<string, { readonly id: string; readonly type: string }>;
  /** Current health facilities: code → id. */
  readonly facilities: ReadonlyMap<string, string>;
  /** Numbers a current insuree already holds. */
  readonly takenNumbers: ReadonlySet<string>;
  /** Whether the requester may change this village (its data scope). */
  readonly villageAllowed: (villageId: string) => boolean;
  /** The refusal of a number already held (INSURANCE_NUMBER_TAKEN). */
  readonly numberTaken: () => DomainError;
}

export interface PlannedInsuree {
  readonly row: number;
  readonly fields: InsureeFields;
  readonly isHead: boolean;
  /** Resolved from the row's facility code. */
  readonly healthFacilityId: string | null;
}

/** A family to write: its head first among its members, its village resolved. */
export interface PlannedFamily {
  readonly key: string;
  readonly fields: FamilyFields;
  readonly villageId: string;
  readonly members: PlannedInsuree[];
}

export interface ImportPlan {
  readonly families: PlannedFamily[];
  /** Every refusal, in row order. */
  readonly errors: ImportRowError[];
  /** Rows with at least one error (not written). */
  readonly refusedRows: number;
  readonly insureesCount: number;
}

/** Rows sharing a family key, in file order. */
export interface FamilyGroup {
  readonly key: string;
  readonly rows: ImportRow[];
}

/** What the checks of one family need from the rest of the file and from the database. */
export interface PlanContext {
  readonly columns: ImportColumns;
  readonly references: ImportReferences;
  readonly mode: ImportMode;
  /** The first row of each insurance number in the file: later rows with it are duplicates. */
  readonly firstRowOfNumber: ReadonlyMap<string, number>;
}

/** The rows of the file that need the database, and the family groups, from raw cells (cheap: no row checks). */
export interface FileIndex {
  /** Row indices per family key, families in order of first appearance. */
  readonly families: { key: string; rows: number[] }[];
  /** Rows without a usable family key: none, or a cell that cannot be stored (refused as such, before any family check). */
  readonly keylessRows: number[];
  readonly firstRowOfNumber: Map<string, number>;
  readonly numbers: string[];
  readonly villageCodes: string[];
  readonly facilityCodes: string[];
}

/**
 * Groups a file's rows by family key and collects its numbers and codes before any row is checked, so that
 * families can be checked (and written) one batch after the other.
 */
export function indexImportFile(rows: readonly (readonly ImportCell[])[], rowNumbers: readonly number[], columns: ImportColumns): FileIndex {
  const cell = (cells: readonly ImportCell[], field: ImportField): string | null => {
    const position = columns.index[field];
    const value = position === undefined ? null : cells[position];
    return typeof value === 'string' ? trimmedOrNull(value) : null;
  };
  const families = new Map<string, { key: string; rows: number[] }>();
  const keylessRows: number[] = [];
  const firstRowOfNumber = new Map<string, number>();
  const villageCodes = new Set<string>();
  const facilityCodes = new Set<string>();
  rows.forEach((cells, index) => {
    if (importCellDefects(cells, columns).length > 0) {
      keylessRows.push(index);
      return;
    }
    const key = cell(cells, 'familyKey');
    if (key === null) keylessRows.push(index);
    else {
      const family = families.get(key);
      if (family) family.rows.push(index);
      else families.set(key, { key, rows: [index] });
    }
    const number = cell(cells, 'insuranceNumber');
    if (number !== null && !firstRowOfNumber.has(number)) firstRowOfNumber.set(number, rowNumbers[index]);
    const village = cell(cells, 'villageCode');
    if (village !== null) villageCodes.add(village);
    const facility = cell(cells, 'healthFacilityCode');
    if (facility !== null) facilityCodes.add(facility);
  });
  return { families: [...families.values()], keylessRows, firstRowOfNumber, numbers: [...firstRowOfNumber.keys()], villageCodes: [...villageCodes], facilityCodes: [...facilityCodes] };
}

/**
 * The checks across rows and against the database: numbers repeated in the file or already held, village
 * (a current village, in scope) and facility codes, one head per family. In VALID_ROWS_ONLY a family
 * whose head row is refused is skipped with all its rows; otherwise a refused row is skipped alone.
 */
export function planImport(rows: readonly ImportRow[], columns: ImportColumns, references: ImportReferences, mode: ImportMode): ImportPlan {
  const firstRowOfNumber = new Map<string, number>();
  for (const row of rows) if (row.insuranceNumber !== '' && !firstRowOfNumber.has(row.insuranceNumber)) firstRowOfNumber.set(row.insuranceNumber, row.row);
  const planned = planFamilies(groupByFamily(rows), { columns, references, mode, firstRowOfNumber });
  const keyless = rows.filter((row) => row.familyKey === null);
  const errors = [...planned.errors, ...keyless.flatMap((row) => row.errors)].sort((a, b) => a.row - b.row);
  return { ...planned, errors, refusedRows: planned.refusedRows + keyless.length };
}

/** Plans some families (each with all its rows); errors in row order within each family. */
export function planFamilies(groups: readonly FamilyGroup[], context: PlanContext): ImportPlan {
  const { columns, references, mode, firstRowOfNumber } = context;
  const extra: ImportRowError[] = [];
  const refused = new Set<number>();
  const fail = (row: number, field: ImportField, error: DomainError) => {
    extra.push({ row, column: columns.header[field], code: error.code, message: error.message });
    refused.add(row);
  };
  const families: PlannedFamily[] = [];
  const facilityOf = new Map<number, string | null>();
  let insureesCount = 0;
  for (const group of groups) {
    for (const row of group.rows) {
      if (row.errors.length > 0) refused.add(row.row);
      if (row.insuranceNumber !== '') {
        const first = firstRowOfNumber.get(row.insuranceNumber);
        if (first !== undefined && first !== row.row) fail(row.row, 'insuranceNumber', importErrors.numberDuplicateInFile(first));
      }
      if (!row.insuree) continue;
      if (references.takenNumbers.has(row.insuranceNumber)) fail(row.row, 'insuranceNumber', references.numberTaken());
      const code = row.insuree.healthFacilityId;
      const facilityId = code === null ? null : (references.facilities.get(code) ?? null);
      if (code !== null && facilityId === null) fail(row.row, 'healthFacilityCode', importErrors.healthFacilityUnknown(code));
      facilityOf.set(row.row, facilityId);
    }
    const heads = group.rows.filter((row) => row.isHead);
    if (heads.length === 0) {
      for (const row of group.rows) fail(row.row, 'isHead', importErrors.familyHeadMissing(group.key));
      continue;
    }
    const [head, ...extraHeads] = heads;
    for (const row of extraHeads) fail(row.row, 'isHead', importErrors.familyHeadExtra(group.key, head.row));
    let villageId: string | null = null;
    if (head.family) {
      const code = head.family.villageId;
      const village = references.locations.get(code);
      // A village outside the requester's scope is answered as an unknown code.
      if (!village || village.type !== 'V' || !references.villageAllowed(village.id)) fail(head.row, 'villageCode', importErrors.villageUnknown(code));
      else villageId = village.id;
    }
    if (refused.has(head.row) || villageId === null || !head.family) {
      if (mode === 'VALID_ROWS_ONLY') {
        for (const row of group.rows) if (row !== head && !extraHeads.includes(row)) fail(row.row, 'familyKey', importErrors.familySkipped(head.row));
      }
      continue;
    }
    const members: PlannedInsuree[] = [];
    for (const row of [head, ...group.rows.filter((member) => member !== head)]) {
      if (refused.has(row.row) || !row.insuree) continue;
      members.push({ row: row.row, fields: row.insuree, isHead: row === head, healthFacilityId: facilityOf.get(row.row) ?? null });
    }
    insureesCount += members.length;
    families.push({ key: group.key, fields: { ...head.family, villageId }, villageId, members });
  }
  const rows = groups.flatMap((group) => group.rows);
  return { families, errors: mergeByRow(rows, extra), refusedRows: refused.size, insureesCount };
}

function groupByFamily(rows: readonly ImportRow[]): FamilyGroup[] {
  const groups = new Map<string, { key: string; rows: ImportRow[] }>();
  for (const row of rows) {
    if (row.familyKey === null) continue;
    let group = groups.get(row.familyKey);
    if (!group) groups.set(row.familyKey, (group = { key: row.familyKey, rows: [] }));
    group.rows.push(row);
  }
  return [...groups.values()];
}

/** Each row's own errors then those found across rows, rows in file order. */
function mergeByRow(unordered: readonly ImportRow[], extra: ImportRowError[]): ImportRowError[] {
  const rows = [...unordered].sort((a, b) => a.row - b.row);
  const extraByRow = new Map<number, ImportRowError[]>();
  for (const error of extra) {
    const list = extraByRow.get(error.row);
    if (list) list.push(error);
    else extraByRow.set(error.row, [error]);
  }
  const errors: ImportRowError[] = [];
  for (const row of rows) {
    if (row.errors.length > 0) errors.push(...row.errors);
    const more = extraByRow.get(row.row);
    if (more) errors.push(...more);
  }
  return errors;
}
