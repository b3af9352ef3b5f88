import { defineEvent } from '../event-contract';
import { healthFacilityStateSchema } from './health-facility-fields';

export const healthFacilityCreatedEvent = defineEvent({
  type: 'imis.location.health-facility.created.v1',
  description: 'A health facility was registered.',
  schema: healthFacilityStateSchema,
});
