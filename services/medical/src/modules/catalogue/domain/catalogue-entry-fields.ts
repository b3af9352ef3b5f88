import { type DomainError, isCalendarDate, type Result } from '@imis/kernel';
import { CARE_TYPES, type CareTypeCode, isOneOf } from './catalogue-codes';
import { catalogueErrors } from './catalogue.errors';
import { boundedText, decimalQuantity, isIntegerBetween, nonNegativeMoney } from './field-values';

export const MEDICAL_CODE_MAX_LENGTH = 6;
export const MEDICAL_NAME_MAX_LENGTH = 100;
/** frequency is a smallint. */
export const FREQUENCY_MAX = 32767;
export const PATIENT_CATEGORY_MAX = 15;

/** What items and services share (shared/domain/claims.md §2); amounts and quantities as decimal strings. */
export interface CatalogueEntryFields {
  code: string;
  name: string;
  price: string;
  careType: CareTypeCode;
  frequency: number;
  patientCategory: number;
  maximumQuantity: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
}

/** What a caller sent: `undefined` = not sent (kept on update), `null` = cleared. Quantities as numbers or decimal strings. */
export interface CatalogueEntryInput {
  code?: string | null;
  name?: string | null;
  price?: string | null;
  careType?: string | null;
  frequency?: number | null;
  patientCategory?: number | null;
  maximumQuantity?: number | string | null;
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
}

export type Draft<I> = { [K in keyof I]-?: Exclude<I[K], undefined> | null };

export const NEW_ENTRY_DRAFT: Draft<CatalogueEntryInput> = {
  code: null, name: null, price: null, careType: null, frequency: 0, patientCategory: 0,
  maximumQuantity: null, effectiveFrom: null, effectiveTo: null,
};

/** The draft with the fields the caller sent put over it (a field not sent keeps its value). */
export function withSent<D extends object>(draft: D, input: Partial<Record<keyof D, unknown>>): D {
  const merged = { ...draft } as Record<string, unknown>;
  for (const key of Object.keys(draft)) {
    const sent = (input as Record<string, unknown>)[key];
    if (sent !== undefined) merged[key] = sent;
  }
  return merged as D;
}

/** Checks the shared fields, pushing every refusal to `errors`; the value returned is only meaningful without errors. */
export function checkEntryFields(draft: Draft<CatalogueEntryInput>, errors: DomainError[]): CatalogueEntryFields {
  const code = boundedText(draft.code, MEDICAL_CODE_MAX_LENGTH);
  if (code === null) errors.push(catalogueErrors.codeInvalid(MEDICAL_CODE_MAX_LENGTH));
  const name = boundedText(draft.name, MEDICAL_NAME_MAX_LENGTH);
  if (name === null) errors.push(catalogueErrors.nameInvalid(MEDICAL_NAME_MAX_LENGTH));
  const price = draft.price === null ? null : nonNegativeMoney(draft.price);
  if (draft.price === null) errors.push(catalogueErrors.fieldRequired('price'));
  else if (price === null) errors.push(catalogueErrors.priceInvalid());
  if (draft.careType === null) errors.push(catalogueErrors.fieldRequired('careType'));
  else if (!isOneOf(CARE_TYPES, draft.careType)) errors.push(catalogueErrors.careTypeInvalid(CARE_TYPES));
  const frequency = draft.frequency ?? 0;
  if (!isIntegerBetween(frequency, 0, FREQUENCY_MAX)) errors.push(catalogueErrors.frequencyInvalid(FREQUENCY_MAX));
  const patientCategory = draft.patientCategory ?? 0;
  if (!isIntegerBetween(patientCategory, 0, PATIENT_CATEGORY_MAX)) errors.push(catalogueErrors.patientCategoryInvalid());
  const maximumQuantity = draft.maximumQuantity === null ? null : decimalQuantity(draft.maximumQuantity);
  if (draft.maximumQuantity !== null && maximumQuantity === null) errors.push(catalogueErrors.quantityInvalid('maximumQuantity'));
  errors.push(...effectiveDateErrors(draft.effectiveFrom, draft.effectiveTo));
  return {
    code: code ?? '',
    name: name ?? '',
    price: price ?? '',
    careType: draft.careType as CareTypeCode,
    frequency,
    patientCategory,
    maximumQuantity,
    effectiveFrom: draft.effectiveFrom,
    effectiveTo: draft.effectiveTo,
  };
}

/** Both dates optional (unbounded), each a real calendar date, and from ≤ to. */
export function effectiveDateErrors(from: string | null, to: string | null): DomainError[] {
  const errors: DomainError[] = [];
  if (from !== null && !isCalendarDate(from)) errors.push(catalogueErrors.effectiveDatesInvalid('effectiveFrom must be a date YYYY-MM-DD', 'effectiveFrom'));
  if (to !== null && !isCalendarDate(to)) errors.push(catalogueErrors.effectiveDatesInvalid('effectiveTo must be a date YYYY-MM-DD', 'effectiveTo'));
  if (errors.length === 0 && from !== null && to !== null && from > to) {
    errors.push(catalogueErrors.effectiveDatesInvalid('effectiveFrom must not be after effectiveTo', 'effectiveTo'));
  }
  return errors;
}

/** Whether any field differs (package lines compared by value). */
function fieldsDiffer<F extends object>(next: F, current: F): boolean {
  return (Object.keys(next) as (keyof F)[]).some((key) => JSON.stringify(next[key]) !== JSON.stringify(current[key]));
}

/** The current fields with what a caller sent put over them, validated as a whole; `changed` is false for a no-op. */
export function changedFields<F extends object, I>(
  current: F,
  input: I,
  validated: (draft: Draft<I>) => Result<F>,
): Result<{ fields: F; changed: boolean }> {
  const result = validated(withSent(current as unknown as Draft<I>, input as Partial<Record<keyof Draft<I>, unknown>>));
  return result.ok ? { ok: true, value: { fields: result.value, changed: fieldsDiffer(result.value, current) } } : result;
}
