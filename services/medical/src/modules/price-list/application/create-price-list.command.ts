import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { orRefuse, type UseCase } from '@imis/application';
import { createEvent, priceListCreatedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import type { PriceListDetailInput } from '../domain/price-list-details';
import { priceListFields } from '../domain/price-list-fields';
import type { PriceListKind } from '../domain/price-list-kind';
import { priceListDetails } from '../infrastructure/price-list-details.store';
import { PriceList } from '../infrastructure/price-list.entity';
import type { PriceListCommandMeta } from './price-list-command-meta';
import { checkedDetails } from './price-list-details.check';
import { priceListState } from './price-list-event-data';
import { checkListLocation } from './price-list-location';
import { priceListView, type PriceListView } from './price-list.view';

export interface CreatePriceListData {
  kind: PriceListKind;
  name?: string | null;
  locationId?: string | null;
  date?: string | null;
  details?: PriceListDetailInput[] | null;
}

/** Creates an items or services price list with its detail rows. */
@Injectable()
export class CreatePriceList implements UseCase<CreatePriceListData, { priceList: PriceListView }, PriceListCommandMeta> {
  readonly operation = 'createPriceList';

  async execute(tx: EntityManager, data: CreatePriceListData, { actor, scope }: PriceListCommandMeta): Promise<{ priceList: PriceListView }> {
    const [fields, locationId, details] = orRefuse(
      priceListFields(data),
      await checkListLocation(tx, data.locationId ?? null, scope),
      await checkedDetails(tx, data.kind, data.details ?? []),
    );
    const list = tx.create(PriceList, { kind: data.kind, ...fields, locationId, changedBy: actor });
    await tx.flush();
    await priceListDetails.insert(tx, list.id, details);
    recordEvent(tx, createEvent(priceListCreatedEvent, { subject: list.id, data: priceListState(list, details) }));
    return { priceList: priceListView(list) };
  }
}
