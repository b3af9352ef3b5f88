import type { RightCode } from '@imis/auth';
import type { PriceListKind } from '../domain/price-list-kind';

/** openIMIS rights of price lists (121201–121205 services, 121301–121305 items) and of the facility assignment. */
export const PriceListRight = {
  ServicesSearch: 121201,
  ServicesAdd: 121202,
  ServicesEdit: 121203,
  ServicesDelete: 121204,
  ServicesDuplicate: 121205,
  ItemsSearch: 121301,
  ItemsAdd: 121302,
  ItemsEdit: 121303,
  ItemsDelete: 121304,
  ItemsDuplicate: 121305,
  /** Edit health facilities: assigning their price lists. */
  Assign: 121103,
  HealthFacilitySearch: 121101,
  ClaimSearch: 111001,
  ClaimAdd: 111002,
} as const satisfies Record<string, RightCode>;

export function searchRightOf(kind: PriceListKind): RightCode {
  return kind === 'ITEMS' ? PriceListRight.ItemsSearch : PriceListRight.ServicesSearch;
}
