import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { flushOrRefuse, refuse, versionConflict, type UseCase } from '@imis/application';
import { allows } from '@imis/auth';
import { createEvent, facilityPriceListsAssignedEvent } from '@imis/contracts';
import type { DomainError } from '@imis/kernel';
import { recordEvent } from '@imis/messaging';
import { listContainsDistrict } from '../domain/price-list-fields';
import type { PriceListKind } from '../domain/price-list-kind';
import { priceListErrors } from '../domain/price-list.errors';
import { FacilityPriceLists } from '../infrastructure/facility-price-lists.entity';
import { facilityPlacements, type FacilityPlacement } from '../infrastructure/facility-placement';
import { PriceList } from '../infrastructure/price-list.entity';
import type { PriceListCommandMeta } from './price-list-command-meta';
import { facilityPriceListsView, type FacilityPriceListsView } from './facility-price-lists.view';

/** A list id `undefined` keeps the facility's list of that kind; null removes it. */
export interface AssignPriceListsData {
  healthFacilityId: string;
  itemsPriceListId?: string | null;
  servicesPriceListId?: string | null;
}

const SLOTS = [
  { kind: 'ITEMS', field: 'itemsPriceListId', relation: 'itemsPriceList' },
  { kind: 'SERVICES', field: 'servicesPriceListId', relation: 'servicesPriceList' },
] as const satisfies readonly { kind: PriceListKind; field: keyof AssignPriceListsData; relation: keyof FacilityPriceLists }[];

/**
 * Sets the items and services price lists a health facility charges by. The facility (from the projection)
 * must be in the user's data scope; each list current, of its kind, visible to the user, and located where
 * it contains the facility's district.
 */
@Injectable()
export class AssignPriceLists implements UseCase<AssignPriceListsData, { facilityPriceLists: FacilityPriceListsView }, PriceListCommandMeta> {
  readonly operation = 'assignPriceLists';

  async execute(
    tx: EntityManager,
    data: AssignPriceListsData,
    { actor, scope, visible }: PriceListCommandMeta,
  ): Promise<{ facilityPriceLists: FacilityPriceListsView }> {
    const facility = (await facilityPlacements(tx, [data.healthFacilityId])).get(data.healthFacilityId);
    if (!facility || !allows(scope, facility.districtId)) refuse(priceListErrors.facilityNotFound());
    const lists = await tx.getRepository(PriceList).findCurrentByIds(SLOTS.flatMap(({ field }) => data[field] ?? []), visible, LockMode.PESSIMISTIC_READ);
    const errors = SLOTS.flatMap(({ kind, field }) => slotErrors(kind, field, data[field], lists, facility));
    if (errors.length > 0) refuse(...errors);

    const existing = await tx.findOne(FacilityPriceLists, { id: facility.id });
    const assignment = existing ?? tx.create(FacilityPriceLists, { id: facility.id, changedBy: actor });
    let changed = !existing;
    for (const { field, relation } of SLOTS) {
      const listId = data[field];
      if (listId === undefined || listId === assignment[`${relation}Id`]) continue;
      assignment[relation] = listId === null ? null : tx.getReference(PriceList, listId, { wrapped: true });
      changed = true;
    }
    if (!changed) return { facilityPriceLists: facilityPriceListsView(assignment) };
    if (existing) assignment.markChanged(actor);
    // Two first assignments of one facility at once: the second one's insert loses on the primary key.
    await flushOrRefuse(tx, { facility_price_lists_pkey: () => versionConflict() });
    recordEvent(tx, createEvent(facilityPriceListsAssignedEvent, { subject: facility.id, data: facilityPriceListsView(assignment) }));
    return { facilityPriceLists: facilityPriceListsView(assignment) };
  }
}

function slotErrors(kind: PriceListKind, field: string, listId: string | null | undefined, lists: PriceList[], facility: FacilityPlacement): DomainError[] {
  if (listId === undefined || listId === null) return [];
  const list = lists.find((candidate) => candidate.id === listId);
  if (!list) return [priceListErrors.notFound(field)];
  if (list.kind !== kind) return [priceListErrors.wrongKind(field)];
  return listContainsDistrict(list.locationId, facility.districtId, facility.districtAncestorIds) ? [] : [priceListErrors.locationMismatch(field)];
}
