import { defineEvent } from '../event-contract';
import { facilityPriceListsAssignedSchema } from './medical-fields';

export const facilityPriceListsAssignedEvent = defineEvent({
  type: 'imis.medical.facility-price-lists.assigned.v1',
  description: 'The items and services price lists a health facility charges by were set.',
  schema: facilityPriceListsAssignedSchema,
});
