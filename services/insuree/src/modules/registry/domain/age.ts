import { addMonths, ageOn } from '@imis/kernel';

// Generic calendar arithmetic lives in the kernel; re-exported for this module's callers.
export { addMonths, ageOn };

export const AGE_OF_MAJORITY = 18;
export const PHOTO_RENEWAL_MONTHS = { adult: 60, child: 12 } as const;

export function isAdult(birthDate: string, onDate: string, ageOfMajority = AGE_OF_MAJORITY): boolean {
  return ageOn(birthDate, onDate) >= ageOfMajority;
}

/**
 * True when the photo is missing or older than 60 months (adults) or 12 months (children). As in openIMIS,
 * adulthood is judged today, not at the photo date.
 */
export function photoRenewalDue(photoDate: string | null, birthDate: string, today: string, ageOfMajority = AGE_OF_MAJORITY): boolean {
  if (photoDate === null) return true;
  const months = isAdult(birthDate, today, ageOfMajority) ? PHOTO_RENEWAL_MONTHS.adult : PHOTO_RENEWAL_MONTHS.child;
  return addMonths(photoDate, months) <= today;
}
