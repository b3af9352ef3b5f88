import type { FacilityPriceListsAssignedData } from '@imis/contracts';
import type { FacilityPriceLists } from '../infrastructure/facility-price-lists.entity';

/** A facility's assignment as use cases return it and its event carries it. */
export interface FacilityPriceListsView {
  healthFacilityId: string;
  itemsPriceListId: string | null;
  servicesPriceListId: string | null;
  version: number;
}

export function facilityPriceListsView(assignment: FacilityPriceLists): FacilityPriceListsView & FacilityPriceListsAssignedData {
  return {
    healthFacilityId: assignment.id,
    itemsPriceListId: assignment.itemsPriceListId,
    servicesPriceListId: assignment.servicesPriceListId,
    version: assignment.version,
  };
}
