import { z } from 'zod';
import { isoDate, uuid, version } from '../location/location-fields';

const names = {
  lastName: z.string().min(1),
  otherNames: z.string().min(1),
};

/** State of a user carried by its events: never any password or credential data. */
export const userStateSchema = z.object({
  id: uuid(),
  username: z.string().min(1).describe('unique among current users, ignoring case'),
  ...names,
  roleIds: z.array(uuid()),
  districtIds: z.array(uuid()).describe('districts the user administers or works in (its location scope)'),
  activeFrom: isoDate().describe('first day the user may sign in'),
  activeTo: isoDate().nullable().describe('last day the user may sign in; null: no end'),
  version: version(),
});

export const officerStateSchema = z.object({
  id: uuid(),
  code: z.string().min(1),
  ...names,
  villageIds: z.array(uuid()).describe('villages the officer works in'),
  substitutionOfficerId: uuid().nullable(),
  worksTo: isoDate().nullable(),
  userId: uuid().nullable().describe('the user the officer signs in as, if any'),
  version: version(),
});

export const claimAdminStateSchema = z.object({
  id: uuid(),
  code: z.string().min(1),
  ...names,
  healthFacilityId: uuid(),
  userId: uuid().nullable().describe('the user the claim administrator signs in as, if any'),
  version: version(),
});

export type UserState = z.infer<typeof userStateSchema>;
export type OfficerState = z.infer<typeof officerStateSchema>;
export type ClaimAdminState = z.infer<typeof claimAdminStateSchema>;
