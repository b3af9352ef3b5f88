import { locationTypeSchema } from '@imis/contracts';

/** The levels of the location tree, top down: region, district, ward (municipality), village (the contract's list). */
export const LOCATION_TYPES = locationTypeSchema.options;

export type LocationTypeCode = (typeof LOCATION_TYPES)[number];

export function isLocationType(value: string): value is LocationTypeCode {
  return (LOCATION_TYPES as readonly string[]).includes(value);
}

/** The type a parent must have: the level directly above; a region has none. */
export function parentTypeOf(type: LocationTypeCode): LocationTypeCode | null {
  const level = LOCATION_TYPES.indexOf(type);
  return level === 0 ? null : LOCATION_TYPES[level - 1];
}

export const LOCATION_TYPE_NAMES: Record<LocationTypeCode, string> = {
  R: 'region',
  D: 'district',
  W: 'ward',
  V: 'village',
};
