import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { orRefuse, refuse, type UseCase } from '@imis/application';
import { createEvent, priceListCreatedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { priceListFields } from '../domain/price-list-fields';
import type { PriceListKind } from '../domain/price-list-kind';
import { priceListErrors } from '../domain/price-list.errors';
import { priceListDetails } from '../infrastructure/price-list-details.store';
import { PriceList } from '../infrastructure/price-list.entity';
import type { PriceListCommandMeta } from './price-list-command-meta';
import { priceListState } from './price-list-event-data';
import { checkListLocation } from './price-list-location';
import { priceListView, type PriceListView } from './price-list.view';

export interface DuplicatePriceListData {
  kind: PriceListKind;
  /** The list to copy: any list the user may see. */
  id: string;
  name?: string | null;
  /** `undefined`: the source's location; null: national. */
  locationId?: string | null;
  /** `undefined` or null: the source's date. */
  date?: string | null;
}

/**
 * A new list with the rows of another one (those whose item or service is still current), under a new
 * name and optionally another location and date, which must be one the user may change.
 */
@Injectable()
export class DuplicatePriceList implements UseCase<DuplicatePriceListData, { priceList: PriceListView }, PriceListCommandMeta> {
  readonly operation = 'duplicatePriceList';

  async execute(tx: EntityManager, data: DuplicatePriceListData, { actor, scope, visible }: PriceListCommandMeta): Promise<{ priceList: PriceListView }> {
    const source = (await tx.getRepository(PriceList).findCurrent(data.id, data.kind, visible)) ?? refuse(priceListErrors.notFound());
    const [fields, locationId] = orRefuse(
      priceListFields({ name: data.name ?? null, date: data.date ?? source.date }),
      await checkListLocation(tx, data.locationId === undefined ? source.locationId : data.locationId, scope),
    );
    const list = tx.create(PriceList, { kind: source.kind, ...fields, locationId, changedBy: actor });
    await tx.flush();
    await priceListDetails.copyCurrent(tx, source.kind, source.id, list.id);
    recordEvent(tx, createEvent(priceListCreatedEvent, { subject: list.id, data: priceListState(list, await priceListDetails.read(tx, list.id)) }));
    return { priceList: priceListView(list) };
  }
}
