import { collect, type DomainError, type Result, trimmedOrNull } from '@imis/kernel';
import { canonicalLookupCode } from './lookups';
import { fieldErrors } from './field.errors';

export const FAMILY_TEXT_MAX_LENGTHS = { address: 200, ethnicity: 1, confirmationNumber: 12 } as const;

type OptionalText = keyof typeof FAMILY_TEXT_MAX_LENGTHS;
const OPTIONAL_TEXTS = Object.keys(FAMILY_TEXT_MAX_LENGTHS) as OptionalText[];

/** A family's own attributes; the service checks that `villageId` is a current village and handles the head. */
export interface FamilyFields extends Record<OptionalText, string | null> {
  villageId: string;
  poverty: boolean | null;
  familyType: string | null;
  confirmationType: string | null;
}

/** What a caller sent: on update `undefined` = not sent (kept), `null` = cleared. */
export type FamilyFieldsInput = { [K in keyof FamilyFields]?: FamilyFields[K] | null };

export function familyFields(input: FamilyFieldsInput): Result<FamilyFields> {
  const errors: DomainError[] = [];
  const villageId = trimmedOrNull(input.villageId);
  if (villageId === null) errors.push(fieldErrors.familyVillageRequired());
  const familyType = lookup('familyType', input.familyType, errors);
  const confirmationType = lookup('confirmationType', input.confirmationType, errors);
  const texts = {} as Record<OptionalText, string | null>;
  for (const field of OPTIONAL_TEXTS) {
    texts[field] = trimmedOrNull(input[field]);
    const max = FAMILY_TEXT_MAX_LENGTHS[field];
    if ((texts[field]?.length ?? 0) > max) errors.push(fieldErrors.familyFieldTooLong(field, max));
  }
  return collect(errors, () => ({
    villageId: villageId as string,
    poverty: input.poverty ?? null,
    familyType,
    confirmationType,
    ...texts,
  }));
}

/** The input of an update: a field the caller did not send (undefined) keeps its value; null clears it. */
export function mergeFamilyUpdate(current: FamilyFields, patch: Partial<FamilyFieldsInput>): FamilyFieldsInput {
  const merged: FamilyFieldsInput = { ...current };
  for (const key of Object.keys(current) as (keyof FamilyFields)[]) {
    if (patch[key] !== undefined) (merged as Record<string, unknown>)[key] = patch[key];
  }
  return merged;
}

/** Merges then validates an update; `changed` is false when nothing differs (no history to keep). */
export function updatedFamilyFields(
  current: FamilyFields,
  patch: Partial<FamilyFieldsInput>,
): Result<{ fields: FamilyFields; changed: boolean }> {
  const result = familyFields(mergeFamilyUpdate(current, patch));
  if (!result.ok) return result;
  const fields = result.value;
  const changed = (Object.keys(fields) as (keyof FamilyFields)[]).some((key) => fields[key] !== current[key]);
  return { ok: true, value: { fields, changed } };
}

/** The list's code in its canonical case ("h" is H), or an error naming the field. */
function lookup(kind: 'familyType' | 'confirmationType', value: string | null | undefined, errors: DomainError[]): string | null {
  const sent = trimmedOrNull(value);
  if (sent === null) return null;
  const code = canonicalLookupCode(kind, sent);
  if (code === null) errors.push(fieldErrors.familyLookupUnknown(kind, sent, kind));
  return code ?? sent;
}
