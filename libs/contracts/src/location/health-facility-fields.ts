import { z } from 'zod';
import { isoDate, uuid, version } from './location-fields';

const text = () => z.string().nullable();

/** Full state of a health facility, carried by `created` and `updated`. */
export const healthFacilityStateSchema = z.object({
  id: uuid(),
  code: z.string().min(1),
  name: z.string().min(1),
  legalForm: z.enum(['C', 'D', 'G', 'P']).describe('C charity, D district organisation, G government, P private'),
  level: z.enum(['D', 'C', 'H']).describe('D dispensary, C health centre, H hospital'),
  subLevel: z.enum(['I', 'N', 'R']).nullable().describe('I integrated, N normal, R referral'),
  careType: z.enum(['I', 'O', 'B']).describe('I in-patient, O out-patient, B both'),
  districtId: uuid().describe('the district (location of type D) the facility belongs to'),
  address: text(),
  phone: text(),
  fax: text(),
  email: text(),
  accountingCode: text(),
  contractStartDate: isoDate().nullable(),
  contractEndDate: isoDate().nullable(),
  status: z.enum(['AC', 'IN', 'DE', 'ID']).describe('AC active, IN inactive, DE delisted, ID idle'),
  offline: z.boolean(),
  version: version(),
});

export type HealthFacilityState = z.infer<typeof healthFacilityStateSchema>;
