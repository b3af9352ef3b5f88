import { defineEvent } from '../event-contract';
import { healthFacilityStateSchema } from './health-facility-fields';

export const healthFacilityUpdatedEvent = defineEvent({
  type: 'imis.location.health-facility.updated.v1',
  description: 'A health facility changed; carries its full new state.',
  schema: healthFacilityStateSchema,
});
