import { collect, type DomainError, type Result } from '@imis/kernel';
import {
  isOneOf,
  PACKAGE_TYPES,
  type PackageLine,
  type PackageTypeCode,
  SERVICE_CATEGORIES,
  SERVICE_LEVELS,
  SERVICE_TYPES,
  type ServiceCategoryCode,
  type ServiceLevelCode,
  type ServiceTypeCode,
} from './catalogue-codes';
import {
  type CatalogueEntryFields,
  type CatalogueEntryInput,
  changedFields,
  checkEntryFields,
  type Draft,
  NEW_ENTRY_DRAFT,
  withSent,
} from './catalogue-entry-fields';
import { catalogueErrors } from './catalogue.errors';
import { checkPackageLines, type PackageLineInput } from './package-lines';

/** A medical service of the register, as kept; a package when packageType is P or F. */
export interface MedicalServiceFields extends CatalogueEntryFields {
  type: ServiceTypeCode;
  level: ServiceLevelCode;
  category: ServiceCategoryCode | null;
  manualPrice: boolean;
  packageType: PackageTypeCode;
  packageLines: PackageLine[];
}

export interface MedicalServiceInput extends CatalogueEntryInput {
  type?: string | null;
  level?: string | null;
  category?: string | null;
  manualPrice?: boolean | null;
  packageType?: string | null;
  packageLines?: readonly PackageLineInput[] | null;
}

const NEW_SERVICE: Draft<MedicalServiceInput> = {
  ...NEW_ENTRY_DRAFT, type: null, level: null, category: null, manualPrice: false, packageType: 'S', packageLines: [],
};

/** Validates a new service; a single service (packageType S, no lines) without manual price unless told. */
export function newMedicalServiceFields(input: MedicalServiceInput): Result<MedicalServiceFields> {
  return validated(withSent(NEW_SERVICE, input));
}

/** Applies the fields a caller sent; a field not sent keeps its value (lines are replaced as a whole). */
export function changedMedicalServiceFields(
  current: MedicalServiceFields,
  input: MedicalServiceInput,
): Result<{ fields: MedicalServiceFields; changed: boolean }> {
  return changedFields(current, input, validated);
}

function validated(draft: Draft<MedicalServiceInput>): Result<MedicalServiceFields> {
  const errors: DomainError[] = [];
  const entry = checkEntryFields(draft, errors);
  if (draft.type === null) errors.push(catalogueErrors.fieldRequired('type'));
  else if (!isOneOf(SERVICE_TYPES, draft.type)) errors.push(catalogueErrors.typeInvalid(SERVICE_TYPES));
  if (draft.level === null) errors.push(catalogueErrors.fieldRequired('level'));
  else if (!isOneOf(SERVICE_LEVELS, draft.level)) errors.push(catalogueErrors.levelInvalid(SERVICE_LEVELS));
  if (draft.category !== null && !isOneOf(SERVICE_CATEGORIES, draft.category)) errors.push(catalogueErrors.categoryInvalid(SERVICE_CATEGORIES));
  const packageType = draft.packageType ?? 'S';
  const knownPackageType = isOneOf(PACKAGE_TYPES, packageType);
  if (!knownPackageType) errors.push(catalogueErrors.packageTypeInvalid(PACKAGE_TYPES));
  const packageLines = checkPackageLines(knownPackageType ? packageType : null, draft.packageLines ?? [], errors);
  return collect(errors, () => ({
    ...entry,
    type: draft.type as ServiceTypeCode,
    level: draft.level as ServiceLevelCode,
    category: draft.category as ServiceCategoryCode | null,
    manualPrice: draft.manualPrice ?? false,
    packageType: packageType as PackageTypeCode,
    packageLines,
  }));
}
