import { type DomainError, trimmedOrNull } from '@imis/kernel';
import type { TabularCell } from '@imis/tabular-files';
import { type FamilyFields, familyFields } from '../../../shared/domain/family-fields';
import { type InsureeFields, insureeFields } from '../../../shared/domain/insuree-fields';
import { importCellDefects } from './import-cells';
import type { ImportColumns, ImportField } from './import-columns';
import { dateOfCell, DATE_FORMAT_LABELS, parseImportDate } from './import-date';
import { importErrors } from './import.errors';
import type { ImportDateFormat } from './import-options';

/** A cell as read from the file: text, a real date (XLSX), or nothing. */
export type ImportCell = TabularCell;

/** One refusal in the report: row 1 is the first data row (0: the file as a whole). */
export interface ImportRowError {
  readonly row: number;
  readonly column: string | null;
  readonly code: string;
  readonly message: string;
}

/** One row read and checked on its own (the checks across rows and against the database come after). */
export interface ImportRow {
  readonly row: number;
  readonly familyKey: string | null;
  readonly isHead: boolean;
  /** Trimmed; '' when blank. */
  readonly insuranceNumber: string;
  /** Valid own fields, or null when any is refused; `healthFacilityId` still holds the facility CODE. */
  readonly insuree: InsureeFields | null;
  /** Head rows only: the family's fields with the village CODE in `villageId`; null when refused. */
  readonly family: FamilyFields | null;
  readonly errors: ImportRowError[];
}

export interface RowReadOptions {
  readonly columns: ImportColumns;
  readonly dateFormat: ImportDateFormat;
  /** YYYY-MM-DD: a birth date after it is refused. */
  readonly today: string;
  /** The scheme's insurance-number format check (length, check digit…): null when valid. */
  readonly checkNumber: (number: string) => DomainError | null;
}

// Domain errors name the API's fields; in a file these are the code columns.
const FIELD_OF_DOMAIN_FIELD: Record<string, ImportField> = { villageId: 'villageCode', healthFacilityId: 'healthFacilityCode' };

const YES = new Set(['y', 'yes', 'true', '1']);
const NO = new Set(['n', 'no', 'false', '0']);

/**
 * Reads one data row with the registry's field rules plus the import's own (dates, yes/no, family key, number
 * format). A row with a cell that cannot be stored has no family key: it is refused on its own.
 */
export function readImportRow(cells: readonly ImportCell[], row: number, options: RowReadOptions): ImportRow {
  const { columns } = options;
  // A cell that cannot be stored (or is absurdly long) refuses the row alone: no other check, query or message sees it.
  const defects = importCellDefects(cells, columns);
  if (defects.length > 0) {
    const errors = defects.map(({ field, error }) => ({ row, column: columns.header[field], code: error.code, message: error.message }));
    return { row, familyKey: null, isHead: false, insuranceNumber: '', insuree: null, family: null, errors };
  }
  const errors: ImportRowError[] = [];
  const fail = (field: ImportField, error: DomainError) => errors.push({ row, column: columns.header[field], code: error.code, message: error.message });
  const failDomain = (error: DomainError) => {
    const field = (error.field && (FIELD_OF_DOMAIN_FIELD[error.field] ?? error.field)) as ImportField | undefined;
    errors.push({ row, column: field && columns.header[field] !== undefined ? columns.header[field] : (error.field ?? null), code: error.code, message: error.message });
  };
  const text = (field: ImportField): string | null => {
    const position = columns.index[field];
    if (position === undefined) return null;
    const cell = cells[position];
    if (cell === null || cell === undefined) return null;
    return cell instanceof Date ? cell.toISOString().slice(0, 10) : cell;
  };
  const yesNo = (field: ImportField): boolean | null => {
    const value = trimmedOrNull(text(field));
    if (value === null) return null;
    const lower = value.toLowerCase();
    if (YES.has(lower)) return true;
    if (NO.has(lower)) return false;
    fail(field, importErrors.yesNoInvalid(value));
    return null;
  };

  const familyKey = trimmedOrNull(text('familyKey'));
  if (familyKey === null) fail('familyKey', importErrors.familyKeyRequired());
  const isHead = yesNo('isHead') ?? false;
  const insuranceNumber = text('insuranceNumber')?.trim() ?? '';
  const numberRefusal = options.checkNumber(insuranceNumber);
  if (numberRefusal) fail('insuranceNumber', numberRefusal);

  const birthDate = readDate(cells, columns.index.birthDate, options.dateFormat);
  if (birthDate.error) fail('birthDate', birthDate.error);
  const fields = insureeFields(
    {
      insuranceNumber,
      lastName: text('lastName'),
      otherNames: text('otherNames'),
      gender: text('gender'),
      birthDate: birthDate.value,
      maritalStatus: text('maritalStatus'),
      relationship: text('relationship'),
      profession: text('profession'),
      education: text('education'),
      identificationType: text('identificationType'),
      identificationNumber: text('identificationNumber'),
      phone: text('phone'),
      email: text('email'),
      currentAddress: text('currentAddress'),
      healthFacilityId: text('healthFacilityCode'),
    },
    options.today,
  );
  // A date already refused for its format is not "required" as well.
  if (!fields.ok) for (const error of fields.errors) if (!(birthDate.error && error.field === 'birthDate')) failDomain(error);

  let family: FamilyFields | null = null;
  if (isHead) {
    const poverty = yesNo('poverty');
    const result = familyFields({
      villageId: text('villageCode'),
      poverty,
      familyType: text('familyType'),
      address: text('address'),
      confirmationNumber: text('confirmationNumber'),
      confirmationType: text('confirmationType'),
    });
    if (result.ok) family = result.value;
    else result.errors.forEach(failDomain);
  }
  return { row, familyKey, isHead, insuranceNumber, insuree: fields.ok && errors.length === 0 ? fields.value : null, family, errors };
}

function readDate(cells: readonly ImportCell[], position: number | undefined, format: ImportDateFormat): { value: string | null; error?: DomainError } {
  const cell = position === undefined ? null : cells[position];
  if (cell instanceof Date) {
    const date = dateOfCell(cell);
    return date.ok ? { value: date.date } : { value: null, error: importErrors.dateInvalid(String(cell)) };
  }
  const value = trimmedOrNull(cell);
  if (value === null) return { value: null };
  const date = parseImportDate(value, format);
  if (date.ok) return { value: date.date };
  return { value: null, error: date.code === 'IMPORT_DATE_FORMAT' ? importErrors.dateFormat(value, DATE_FORMAT_LABELS[format]) : importErrors.dateInvalid(value) };
}
