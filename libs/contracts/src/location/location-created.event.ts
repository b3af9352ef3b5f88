import { defineEvent } from '../event-contract';
import { locationStateSchema } from './location-fields';

export const locationCreatedEvent = defineEvent({
  type: 'imis.location.location.created.v1',
  description: 'A location (region, district, municipality or village) was created.',
  schema: locationStateSchema,
});
