import { collect, isCalendarDate, type DomainError, type Result } from '@imis/kernel';
import { PRICE_LIST_NAME_MAX_LENGTH } from './price-list-kind';
import { priceListErrors } from './price-list.errors';

/** A price list's own fields (its location is checked against the location projection apart). */
export interface PriceListFields {
  name: string;
  /** The first day the list applies, "YYYY-MM-DD". */
  date: string;
}

export type PriceListFieldsInput = { [K in keyof PriceListFields]?: PriceListFields[K] | null };

/** Validates the fields of a new list, or of a list changed by the fields sent (a field not sent keeps its value). */
export function priceListFields(input: PriceListFieldsInput, current?: PriceListFields): Result<PriceListFields> {
  const name = (input.name === undefined ? current?.name : input.name)?.trim() ?? '';
  const date = (input.date === undefined ? current?.date : input.date) ?? null;
  const errors: DomainError[] = [];
  if (name === '' || name.length > PRICE_LIST_NAME_MAX_LENGTH) errors.push(priceListErrors.nameInvalid());
  if (date === null || !isCalendarDate(date)) errors.push(priceListErrors.dateRequired());
  return collect(errors, () => ({ name, date: date! }));
}

/** Where a list may apply: nowhere in particular (national), a region or a district. */
export function isPriceListLocationType(type: string): boolean {
  return type === 'R' || type === 'D';
}

/**
 * Whether a list located at `listLocationId` (null: national) applies to a facility of the district
 * whose ancestors (root first) are `districtAncestorIds`: national lists contain every district, a region
 * its districts, a district itself.
 */
export function listContainsDistrict(listLocationId: string | null, districtId: string, districtAncestorIds: readonly string[]): boolean {
  return listLocationId === null || listLocationId === districtId || districtAncestorIds.includes(listLocationId);
}
