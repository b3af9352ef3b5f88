import { addMonths, ageOn } from '@imis/kernel';

/** Why a member needs a new photo at renewal. */
export const PHOTO_REASONS = ['NO_PHOTO', 'PHOTO_TOO_OLD'] as const;
export type PhotoReason = (typeof PHOTO_REASONS)[number];

/** A photo older than this many months is renewed (openIMIS: 60 for adults, 12 for minors). */
export const ADULT_PHOTO_MONTHS = 60;
export const MINOR_PHOTO_MONTHS = 12;

export interface RenewalMember {
  readonly insureeId: string;
  readonly birthDate: string;
  readonly photoDate: string | null;
}

export interface PhotoNeed {
  readonly insureeId: string;
  readonly reason: PhotoReason;
  readonly photoDate: string | null;
}

/**
 * The members who need a new photo on `onDate`: none on file, or a photo at least 60 months old (12 for a
 * minor: younger than `ageOfMajority` that day).
 */
export function membersNeedingPhoto(members: readonly RenewalMember[], onDate: string, ageOfMajority: number): PhotoNeed[] {
  const needs: PhotoNeed[] = [];
  for (const member of members) {
    if (member.photoDate === null) {
      needs.push({ insureeId: member.insureeId, reason: 'NO_PHOTO', photoDate: null });
      continue;
    }
    const months = ageOn(member.birthDate, onDate) < ageOfMajority ? MINOR_PHOTO_MONTHS : ADULT_PHOTO_MONTHS;
    if (addMonths(member.photoDate, months) <= onDate) needs.push({ insureeId: member.insureeId, reason: 'PHOTO_TOO_OLD', photoDate: member.photoDate });
  }
  return needs;
}
