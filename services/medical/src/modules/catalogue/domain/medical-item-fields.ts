import { collect, type DomainError, type Result } from '@imis/kernel';
import { isOneOf, ITEM_TYPES, type ItemTypeCode } from './catalogue-codes';
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
import { boundedText, decimalQuantity } from './field-values';

export const ITEM_PACKAGE_MAX_LENGTH = 255;

/** A drug or consumable of the register, as kept. */
export interface MedicalItemFields extends CatalogueEntryFields {
  type: ItemTypeCode;
  package: string | null;
  quantity: string | null;
}

export interface MedicalItemInput extends CatalogueEntryInput {
  type?: string | null;
  package?: string | null;
  quantity?: number | string | null;
}

const NEW_ITEM: Draft<MedicalItemInput> = { ...NEW_ENTRY_DRAFT, type: null, package: null, quantity: null };

/** Validates a new item; frequency and patient category default to 0 (no limit, no restriction). */
export function newMedicalItemFields(input: MedicalItemInput): Result<MedicalItemFields> {
  return validated(withSent(NEW_ITEM, input));
}

/** Applies the fields a caller sent; a field not sent keeps its value. `changed` is false for a no-op. */
export function changedMedicalItemFields(current: MedicalItemFields, input: MedicalItemInput): Result<{ fields: MedicalItemFields; changed: boolean }> {
  return changedFields(current, input, validated);
}

function validated(draft: Draft<MedicalItemInput>): Result<MedicalItemFields> {
  const errors: DomainError[] = [];
  const entry = checkEntryFields(draft, errors);
  if (draft.type === null) errors.push(catalogueErrors.fieldRequired('type'));
  else if (!isOneOf(ITEM_TYPES, draft.type)) errors.push(catalogueErrors.typeInvalid(ITEM_TYPES));
  const packaging = draft.package === null || draft.package.trim() === '' ? null : boundedText(draft.package, ITEM_PACKAGE_MAX_LENGTH);
  if (packaging === null && draft.package !== null && draft.package.trim() !== '') errors.push(catalogueErrors.itemPackageInvalid(ITEM_PACKAGE_MAX_LENGTH));
  const quantity = draft.quantity === null ? null : decimalQuantity(draft.quantity);
  if (draft.quantity !== null && quantity === null) errors.push(catalogueErrors.quantityInvalid('quantity'));
  return collect(errors, () => ({ ...entry, type: draft.type as ItemTypeCode, package: packaging, quantity }));
}
