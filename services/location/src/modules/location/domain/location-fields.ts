import { collect, type DomainError, isNonNegativeInteger, type Result } from '@imis/kernel';
import { locationErrors } from './location.errors';

export const LOCATION_CODE_MAX_LENGTH = 8;
export const LOCATION_NAME_MAX_LENGTH = 50;
export const POPULATION_FIELDS = ['malePopulation', 'femalePopulation', 'otherPopulation', 'families'] as const;

export type PopulationField = (typeof POPULATION_FIELDS)[number];

/** The editable attributes of a location (its place in the tree is changed by moving it). */
export interface LocationFields extends Record<PopulationField, number | null> {
  code: string;
  name: string;
}

/** What a caller sent: `undefined` = not sent (kept on update), `null` = cleared. */
export type LocationFieldsInput = { [K in keyof LocationFields]?: LocationFields[K] | null };

/** Validates the fields of a new location (codes and names are trimmed). */
export function newLocationFields(input: LocationFieldsInput): Result<LocationFields> {
  return validated({
    code: input.code ?? '',
    name: input.name ?? '',
    malePopulation: input.malePopulation ?? null,
    femalePopulation: input.femalePopulation ?? null,
    otherPopulation: input.otherPopulation ?? null,
    families: input.families ?? null,
  });
}

/**
 * Applies the fields a caller sent onto the current ones; a field not sent keeps its value (never
 * nulled). `changed` is false when the result equals the current fields, so nothing needs writing.
 */
export function changedLocationFields(
  current: LocationFields,
  input: LocationFieldsInput,
): Result<{ fields: LocationFields; changed: boolean }> {
  const merged: LocationFields = { ...current };
  if (input.code !== undefined) merged.code = input.code ?? '';
  if (input.name !== undefined) merged.name = input.name ?? '';
  for (const field of POPULATION_FIELDS) if (input[field] !== undefined) merged[field] = input[field] ?? null;
  const result = validated(merged);
  if (!result.ok) return result;
  const fields = result.value;
  const changed = (Object.keys(fields) as (keyof LocationFields)[]).some((key) => fields[key] !== current[key]);
  return { ok: true, value: { fields, changed } };
}

function validated(raw: LocationFields): Result<LocationFields> {
  const fields: LocationFields = { ...raw, code: raw.code.trim(), name: raw.name.trim() };
  const errors: DomainError[] = [];
  if (fields.code === '') errors.push(locationErrors.codeRequired());
  else if (fields.code.length > LOCATION_CODE_MAX_LENGTH) errors.push(locationErrors.codeTooLong(LOCATION_CODE_MAX_LENGTH));
  if (fields.name === '' || fields.name.length > LOCATION_NAME_MAX_LENGTH) {
    errors.push(locationErrors.nameInvalid(LOCATION_NAME_MAX_LENGTH));
  }
  for (const field of POPULATION_FIELDS) {
    const value = fields[field];
    if (value !== null && !isNonNegativeInteger(value)) errors.push(locationErrors.populationInvalid(field));
  }
  return collect(errors, () => fields);
}
