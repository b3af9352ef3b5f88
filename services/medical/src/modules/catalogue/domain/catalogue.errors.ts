import type { DomainError } from '@imis/kernel';

export type CatalogueKind = 'item' | 'service';

const KIND_WORD: Record<CatalogueKind, string> = { item: 'medical item', service: 'medical service' };
const KIND_CODE: Record<CatalogueKind, string> = { item: 'MEDICAL_ITEM', service: 'MEDICAL_SERVICE' };

const error = (code: string, message: string, field: string): DomainError => ({ code, message, field });

/** Every refusal of the catalogue (items and services), with its stable code (documented in the service README). */
export const catalogueErrors = {
  fieldRequired: (field: string) => error('MEDICAL_FIELD_REQUIRED', `${field} is required`, field),
  codeInvalid: (max: number) =>
    error('MEDICAL_CODE_INVALID', `The code is required, must have at most ${max} characters and no control characters`, 'code'),
  nameInvalid: (max: number) =>
    error('MEDICAL_NAME_INVALID', `The name is required, must have at most ${max} characters and no control characters`, 'name'),
  priceInvalid: (field = 'price') => error('PRICE_INVALID', 'A price is an amount of money ≥ 0 with at most 2 fraction digits', field),
  careTypeInvalid: (allowed: readonly string[]) => error('CARE_TYPE_INVALID', `careType must be one of ${allowed.join(', ')}`, 'careType'),
  typeInvalid: (allowed: readonly string[]) => error('MEDICAL_TYPE_INVALID', `type must be one of ${allowed.join(', ')}`, 'type'),
  levelInvalid: (allowed: readonly string[]) => error('SERVICE_LEVEL_INVALID', `level must be one of ${allowed.join(', ')}`, 'level'),
  categoryInvalid: (allowed: readonly string[]) =>
    error('SERVICE_CATEGORY_INVALID', `category must be one of ${allowed.join(', ')}, or null`, 'category'),
  packageTypeInvalid: (allowed: readonly string[]) =>
    error('PACKAGE_TYPE_INVALID', `packageType must be one of ${allowed.join(', ')}`, 'packageType'),
  frequencyInvalid: (max: number) => error('FREQUENCY_INVALID', `frequency is a whole number of days from 0 to ${max}`, 'frequency'),
  patientCategoryInvalid: () =>
    error('PATIENT_CATEGORY_INVALID', 'patientCategory is a mask from 0 to 15 (male 1, female 2, adult 4, minor 8)', 'patientCategory'),
  quantityInvalid: (field: string) => error('QUANTITY_INVALID', `${field} must be a number ≥ 0 with at most 2 fraction digits`, field),
  effectiveDatesInvalid: (message: string, field: string) => error('EFFECTIVE_DATES_INVALID', message, field),
  itemPackageInvalid: (max: number) =>
    error('ITEM_PACKAGE_INVALID', `package must have at most ${max} characters and no control characters`, 'package'),
  packageLinesNotAllowed: () =>
    error('PACKAGE_LINES_NOT_ALLOWED', 'Only a package (packageType P or F) has package lines', 'packageLines'),
  packageLinesRequired: () => error('PACKAGE_LINES_REQUIRED', 'A package (packageType P or F) needs at least one line', 'packageLines'),
  packageLineInvalid: (index: number) =>
    error('PACKAGE_LINE_INVALID', 'A package line names exactly one of itemId and serviceId', `packageLines.${index}`),
  packageLineQuantityInvalid: (index: number) =>
    error('PACKAGE_LINE_QUANTITY_INVALID', 'A package line quantity must be > 0 with at most 2 fraction digits', `packageLines.${index}.quantity`),
  packageLineDuplicate: (index: number) =>
    error('PACKAGE_LINE_DUPLICATE', 'The package already has a line for this item or service', `packageLines.${index}`),
  packageLineUnknown: (index: number) =>
    error('PACKAGE_LINE_UNKNOWN', 'A package line must name a current (not deleted) item or service', `packageLines.${index}`),
  packageCycle: (index: number, path: readonly string[]) =>
    error('PACKAGE_CYCLE', `A package may not contain itself: ${path.join(' → ')}`, `packageLines.${index}`),
  codeTaken: (kind: CatalogueKind, code: string) =>
    error(`${KIND_CODE[kind]}_CODE_TAKEN`, `Another current ${KIND_WORD[kind]} already has the code "${code}"`, 'code'),
  notFound: (kind: CatalogueKind) => error(`${KIND_CODE[kind]}_NOT_FOUND`, `No current ${KIND_WORD[kind]} has this id`, 'id'),
  inPackage: (kind: CatalogueKind, packageCodes: readonly string[]) =>
    error(`${KIND_CODE[kind]}_IN_PACKAGE`, `The ${KIND_WORD[kind]} is a line of the current package(s) ${packageCodes.join(', ')}`, 'id'),
};
