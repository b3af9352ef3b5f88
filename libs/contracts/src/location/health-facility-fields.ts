import { z } from 'zod';
import { isoDate, uuid, version } from './location-fields';

const text = () => z.string().nullable();

/** The openIMIS code lists of a health facility: the one source the location service's domain reads too. */
export const legalFormSchema = z.enum(['C', 'D', 'G', 'P']).describe('C charity, D district organisation, G government, P private');
export const healthFacilityLevelSchema = z.enum(['D', 'C', 'H']).describe('D dispensary, C health centre, H hospital');
export const subLevelSchema = z.enum(['I', 'N', 'R']).describe('I integrated, N normal, R referral');
export const careTypeSchema = z.enum(['I', 'O', 'B']).describe('I in-patient, O out-patient, B both');
export const healthFacilityStatusSchema = z.enum(['AC', 'IN', 'DE', 'ID']).describe('AC active, IN inactive, DE delisted, ID idle');

/** Full state of a health facility, carried by `created` and `updated`. */
export const healthFacilityStateSchema = z.object({
  id: uuid(),
  code: z.string().min(1),
  name: z.string().min(1),
  legalForm: legalFormSchema,
  level: healthFacilityLevelSchema,
  subLevel: subLevelSchema.nullable(),
  careType: careTypeSchema,
  districtId: uuid().describe('the district (location of type D) the facility belongs to'),
  address: text(),
  phone: text(),
  fax: text(),
  email: text(),
  accountingCode: text(),
  contractStartDate: isoDate().nullable(),
  contractEndDate: isoDate().nullable(),
  status: healthFacilityStatusSchema,
  offline: z.boolean(),
  version: version(),
});

export type HealthFacilityState = z.infer<typeof healthFacilityStateSchema>;
