import { z } from 'zod';
import { isoDate, uuid, version } from '../location/location-fields';

/** The insuree statuses (openIMIS codes): the one list the service's rules and GraphQL enum are made from. */
export const insureeStatusSchema = z.enum(['AC', 'IN', 'DE']).describe('AC active, IN inactive, DE dead');

/** What the policy and claim services keep of an insuree. */
export const insureeStateSchema = z.object({
  id: uuid(),
  insuranceNumber: z.string().min(1),
  familyId: uuid().nullable(),
  isHead: z.boolean(),
  lastName: z.string().min(1),
  otherNames: z.string().min(1),
  gender: z.string().length(1).describe('lookup code: M, F, O'),
  birthDate: isoDate(),
  // Added to v1 after its first events: absent in those, hence the default (an additive change, not a v2).
  relationship: z.string().min(1).nullable().default(null).describe("lookup code of the member's relationship to the family head (7 Others); null when not given or absent (events published before it was added)"),
  currentVillageId: uuid().nullable().describe("where the insuree lives now, when not the family's village"),
  familyVillageId: uuid().nullable().describe("the family's village"),
  healthFacilityId: uuid().nullable().describe('first point of service'),
  status: insureeStatusSchema,
  statusDate: isoDate().nullable(),
  photoDate: isoDate().nullable().default(null).describe('when the current photo was taken; null: no photo (absent in events published before it was added)'),
  version: version(),
});

export const familyStateSchema = z.object({
  id: uuid(),
  headInsureeId: uuid(),
  villageId: uuid(),
  poverty: z.boolean().nullable(),
  familyType: z.string().nullable(),
  confirmationType: z.string().nullable(),
  version: version(),
});

export const familyHeadChangedSchema = z.object({
  id: uuid().describe('the family'),
  previousHeadInsureeId: uuid(),
  headInsureeId: uuid(),
  version: version(),
});

export const familyDeletedSchema = z.object({
  id: uuid(),
  memberIds: z.array(uuid()).describe('current members when the family was deleted (head included)'),
  membersDeleted: z.boolean().describe('true: the members were deleted too; false: they were detached (no family)'),
  version: version(),
});

export const insureeStatusChangedSchema = z.object({
  id: uuid(),
  previousStatus: insureeStatusSchema,
  status: insureeStatusSchema,
  statusReason: z.string().nullable().describe('lookup code typed IN or DE; null when active'),
  statusDate: isoDate(),
  version: version(),
});

export const insureeMovedSchema = z.object({
  id: uuid(),
  fromFamilyId: uuid().nullable(),
  toFamilyId: uuid().nullable().describe('null: removed from its family'),
  familyVillageId: uuid().nullable(),
  version: version(),
});

export const insureeDeletedSchema = z.object({
  id: uuid(),
  insuranceNumber: z.string().min(1),
  familyId: uuid().nullable(),
  version: version(),
});

export const insureesImportedSchema = z.object({
  importId: uuid(),
  families: z.array(familyStateSchema),
  insurees: z.array(insureeStateSchema),
});

export type InsureeStatusCode = z.infer<typeof insureeStatusSchema>;
export type InsureeState = z.infer<typeof insureeStateSchema>;
export type FamilyState = z.infer<typeof familyStateSchema>;
export type FamilyHeadChangedData = z.infer<typeof familyHeadChangedSchema>;
export type FamilyDeletedData = z.infer<typeof familyDeletedSchema>;
export type InsureeStatusChangedData = z.infer<typeof insureeStatusChangedSchema>;
export type InsureeMovedData = z.infer<typeof insureeMovedSchema>;
export type InsureeDeletedData = z.infer<typeof insureeDeletedSchema>;
export type InsureesImportedData = z.infer<typeof insureesImportedSchema>;
