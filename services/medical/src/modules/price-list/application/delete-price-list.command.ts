import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { expectVersion, refuse, type UseCase } from '@imis/application';
import { createEvent, facilityPriceListsAssignedEvent, priceListDeletedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import type { PriceListKind } from '../domain/price-list-kind';
import { priceListErrors } from '../domain/price-list.errors';
import { FacilityPriceLists } from '../infrastructure/facility-price-lists.entity';
import { priceListDetails } from '../infrastructure/price-list-details.store';
import { PriceList } from '../infrastructure/price-list.entity';
import { mayChange } from './price-list-access';
import type { PriceListCommandMeta } from './price-list-command-meta';
import { facilityPriceListsView } from './facility-price-lists.view';
import { priceListDeletedData } from './price-list-event-data';
import { priceListView, type PriceListView } from './price-list.view';

export interface DeletePriceListData {
  kind: PriceListKind;
  id: string;
  version?: number | null;
}

/**
 * Soft-deletes a price list (kept as history with its rows). The facilities charging by it lose that
 * assignment in the same transaction, each with its assignment event.
 */
@Injectable()
export class DeletePriceList implements UseCase<DeletePriceListData, { priceList: PriceListView }, PriceListCommandMeta> {
  readonly operation = 'deletePriceList';

  async execute(tx: EntityManager, data: DeletePriceListData, { actor, scope, visible }: PriceListCommandMeta): Promise<{ priceList: PriceListView }> {
    const list = (await tx.getRepository(PriceList).findCurrent(data.id, data.kind, visible, LockMode.PESSIMISTIC_WRITE)) ?? refuse(priceListErrors.notFound());
    if (!mayChange(scope, list.locationId)) refuse(priceListErrors.notFound());
    expectVersion(list, data.version);
    const replaced = list.version;
    list.markDeleted(actor);
    const field = list.kind === 'ITEMS' ? 'itemsPriceList' : 'servicesPriceList';
    const assignments = await tx.find(FacilityPriceLists, { [field]: list.id });
    for (const assignment of assignments) {
      assignment[field] = null;
      assignment.markChanged(actor);
    }
    await tx.flush();
    await priceListDetails.keepInHistory(tx, list.id, replaced);
    recordEvent(tx, createEvent(priceListDeletedEvent, { subject: list.id, data: priceListDeletedData(list) }));
    for (const assignment of assignments) {
      recordEvent(tx, createEvent(facilityPriceListsAssignedEvent, { subject: assignment.id, data: facilityPriceListsView(assignment) }));
    }
    return { priceList: priceListView(list) };
  }
}
