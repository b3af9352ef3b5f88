import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { uuid, version } from './location-fields';

export const healthFacilityDeletedEvent = defineEvent({
  type: 'imis.location.health-facility.deleted.v1',
  description: 'A health facility was deleted (soft delete).',
  schema: z.object({
    id: uuid(),
    code: z.string().min(1),
    districtId: uuid(),
    version: version(),
  }),
});

export type HealthFacilityDeletedData = z.infer<typeof healthFacilityDeletedEvent.schema>;
