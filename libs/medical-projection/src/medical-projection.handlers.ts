import { Injectable } from '@nestjs/common';
import {
  diagnosesUploadedEvent,
  diagnosisLifecycle,
  facilityPriceListsAssignedEvent,
  facilityPriceListsLifecycle,
  medicalItemCreatedEvent,
  medicalItemDeletedEvent,
  medicalItemLifecycle,
  medicalItemUpdatedEvent,
  medicalServiceCreatedEvent,
  medicalServiceDeletedEvent,
  medicalServiceLifecycle,
  medicalServiceUpdatedEvent,
  priceListCreatedEvent,
  priceListDeletedEvent,
  priceListLifecycle,
  priceListUpdatedEvent,
  type CatalogueEntryDeletedData,
  type CloudEvent,
  type DiagnosesUploadedData,
  type FacilityPriceListsAssignedData,
  type MedicalItemState,
  type MedicalServiceState,
  type PriceListDeletedData,
  type PriceListState,
} from '@imis/contracts';
import { DurableConsumer, OnEvent, type HandlerContext } from '@imis/messaging';
import { deleteCatalogueEntry, deleteDiagnoses, upsertDiagnoses, upsertItems, upsertServices } from './catalogue.writes';
import { assignPriceLists, deletePriceList, upsertPriceList } from './price-list.writes';

/**
 * Keeps the projected catalogue (items, services with their package lines, diagnoses, price lists with
 * their details, facilities' assignments) in step with the medical service: the durable consumer
 * `<service>-medical-projection` on `imis.medical.>`, from the stream's first event. Each change compares
 * versions, so a replayed or redelivered older event changes nothing.
 */
@Injectable()
@DurableConsumer('medical-projection', {
  covers: [medicalItemLifecycle, medicalServiceLifecycle, diagnosisLifecycle, priceListLifecycle, facilityPriceListsLifecycle],
})
export class MedicalProjectionHandlers {
  @OnEvent(medicalItemCreatedEvent, medicalItemUpdatedEvent)
  async applyItem(event: CloudEvent<MedicalItemState>, { em }: HandlerContext): Promise<void> {
    await upsertItems(em, [event.data]);
  }

  @OnEvent(medicalItemDeletedEvent)
  async applyItemDeletion(event: CloudEvent<CatalogueEntryDeletedData>, { em }: HandlerContext): Promise<void> {
    await deleteCatalogueEntry(em, 'projected_medical_item', event.data.id, event.data.version);
  }

  @OnEvent(medicalServiceCreatedEvent, medicalServiceUpdatedEvent)
  async applyService(event: CloudEvent<MedicalServiceState>, { em }: HandlerContext): Promise<void> {
    await upsertServices(em, [event.data]);
  }

  @OnEvent(medicalServiceDeletedEvent)
  async applyServiceDeletion(event: CloudEvent<CatalogueEntryDeletedData>, { em }: HandlerContext): Promise<void> {
    await deleteCatalogueEntry(em, 'projected_medical_service', event.data.id, event.data.version);
  }

  /** One batch of an upload: its created or changed diagnoses in one statement, its deletions in another. */
  @OnEvent(diagnosesUploadedEvent)
  async applyDiagnoses(event: CloudEvent<DiagnosesUploadedData>, { em }: HandlerContext): Promise<void> {
    await upsertDiagnoses(em, event.data.upserted);
    await deleteDiagnoses(em, event.data.deleted);
  }

  /** Created or updated: the full state, every detail row replaced. */
  @OnEvent(priceListCreatedEvent, priceListUpdatedEvent)
  async applyPriceList(event: CloudEvent<PriceListState>, { em }: HandlerContext): Promise<void> {
    await upsertPriceList(em, event.data);
  }

  /** Facilities still assigned to a deleted list have no list of that kind (the lookup reads the list's flag). */
  @OnEvent(priceListDeletedEvent)
  async applyPriceListDeletion(event: CloudEvent<PriceListDeletedData>, { em }: HandlerContext): Promise<void> {
    await deletePriceList(em, event.data.id, event.data.version);
  }

  @OnEvent(facilityPriceListsAssignedEvent)
  async applyAssignment(event: CloudEvent<FacilityPriceListsAssignedData>, { em }: HandlerContext): Promise<void> {
    await assignPriceLists(em, event.data);
  }
}
