import { defineEvent } from '../event-contract';
import { locationStateSchema } from './location-fields';

export const locationUpdatedEvent = defineEvent({
  type: 'imis.location.location.updated.v1',
  description: 'A location changed (name, code, population…); carries its full new state. Moves are `moved` events.',
  schema: locationStateSchema,
});
