import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { expectVersion, orRefuse, refuse, type UseCase } from '@imis/application';
import { createEvent, priceListUpdatedEvent } from '@imis/contracts';
import { ok, refused, type Result } from '@imis/kernel';
import { recordEvent } from '@imis/messaging';
import type { PriceListDetailInput } from '../domain/price-list-details';
import { listContainsDistrict, priceListFields } from '../domain/price-list-fields';
import type { PriceListKind } from '../domain/price-list-kind';
import { priceListErrors } from '../domain/price-list.errors';
import { facilitiesAssignedTo } from '../infrastructure/facility-placement';
import { priceListDetails } from '../infrastructure/price-list-details.store';
import { PriceList } from '../infrastructure/price-list.entity';
import { mayChange } from './price-list-access';
import type { PriceListCommandMeta } from './price-list-command-meta';
import { checkedDetails } from './price-list-details.check';
import { priceListState } from './price-list-event-data';
import { checkListLocation } from './price-list-location';
import { priceListView, type PriceListView } from './price-list.view';

/** Fields left `undefined` keep their value; `details`, when sent, replace every row. */
export interface UpdatePriceListData {
  kind: PriceListKind;
  id: string;
  /** The version the client read: VERSION_CONFLICT if the list changed since. */
  version?: number | null;
  name?: string | null;
  locationId?: string | null;
  date?: string | null;
  details?: PriceListDetailInput[] | null;
}

/** Changes a price list (its rows too); the previous version, rows included, goes to history. */
@Injectable()
export class UpdatePriceList implements UseCase<UpdatePriceListData, { priceList: PriceListView }, PriceListCommandMeta> {
  readonly operation = 'updatePriceList';

  async execute(tx: EntityManager, data: UpdatePriceListData, { actor, scope, visible }: PriceListCommandMeta): Promise<{ priceList: PriceListView }> {
    const list = (await tx.getRepository(PriceList).findCurrent(data.id, data.kind, visible, LockMode.PESSIMISTIC_WRITE)) ?? refuse(priceListErrors.notFound());
    if (!mayChange(scope, list.locationId)) refuse(priceListErrors.notFound());
    expectVersion(list, data.version);
    const moving = data.locationId !== undefined && data.locationId !== list.locationId;
    const [fields, locationId, details] = orRefuse(
      priceListFields(data, list),
      moving ? await checkListLocation(tx, data.locationId ?? null, scope) : ok(list.locationId),
      data.details !== undefined ? await checkedDetails(tx, data.kind, data.details ?? []) : ok(null),
    );
    if (moving) orRefuse(await this.assignedFacilitiesStayCovered(tx, list.id, locationId));
    if (!moving && details === null && fields.name === list.name && fields.date === list.date) return { priceList: priceListView(list) };

    const replaced = list.version;
    tx.assign(list, { ...fields, locationId });
    list.markChanged(actor);
    await tx.flush();
    await priceListDetails.keepInHistory(tx, list.id, replaced);
    if (details) await priceListDetails.replace(tx, list.id, details);
    const rows = details ?? (await priceListDetails.read(tx, list.id));
    recordEvent(tx, createEvent(priceListUpdatedEvent, { subject: list.id, data: priceListState(list, rows) }));
    return { priceList: priceListView(list) };
  }

  /** A list must keep containing the district of every facility assigned to it. */
  private async assignedFacilitiesStayCovered(tx: EntityManager, priceListId: string, locationId: string | null): Promise<Result<null>> {
    const facilities = await facilitiesAssignedTo(tx, priceListId);
    const covered = facilities.every((facility) => listContainsDistrict(locationId, facility.districtId, facility.districtAncestorIds));
    return covered ? ok(null) : refused(priceListErrors.locationMismatch('locationId'));
  }
}
