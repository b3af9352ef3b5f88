import { defineEventGroup } from '../event-group';
import { diagnosesUploadedEvent } from './diagnoses-uploaded.event';
import { facilityPriceListsAssignedEvent } from './facility-price-lists-assigned.event';
import { medicalItemCreatedEvent } from './medical-item-created.event';
import { medicalItemDeletedEvent } from './medical-item-deleted.event';
import { medicalItemUpdatedEvent } from './medical-item-updated.event';
import { medicalServiceCreatedEvent } from './medical-service-created.event';
import { medicalServiceDeletedEvent } from './medical-service-deleted.event';
import { medicalServiceUpdatedEvent } from './medical-service-updated.event';
import { priceListCreatedEvent } from './price-list-created.event';
import { priceListDeletedEvent } from './price-list-deleted.event';
import { priceListUpdatedEvent } from './price-list-updated.event';

export const medicalItemLifecycle = defineEventGroup({
  service: 'medical',
  aggregate: 'item',
  description: 'every event that creates, changes or deletes a medical item',
  contracts: [medicalItemCreatedEvent, medicalItemUpdatedEvent, medicalItemDeletedEvent],
});

export const medicalServiceLifecycle = defineEventGroup({
  service: 'medical',
  aggregate: 'service',
  description: 'every event that creates, changes or deletes a medical service',
  contracts: [medicalServiceCreatedEvent, medicalServiceUpdatedEvent, medicalServiceDeletedEvent],
});

export const diagnosisLifecycle = defineEventGroup({
  service: 'medical',
  aggregate: 'diagnosis',
  description: 'every event that creates, changes or deletes diagnoses',
  contracts: [diagnosesUploadedEvent],
});

export const priceListLifecycle = defineEventGroup({
  service: 'medical',
  aggregate: 'price-list',
  description: 'every event that creates, changes or deletes a price list',
  contracts: [priceListCreatedEvent, priceListUpdatedEvent, priceListDeletedEvent],
});

export const facilityPriceListsLifecycle = defineEventGroup({
  service: 'medical',
  aggregate: 'facility-price-lists',
  description: 'every event that sets the price lists of a health facility',
  contracts: [facilityPriceListsAssignedEvent],
});
