import type { EffectivePriceOutcome } from '@imis/medical-projection';
import type { PriceListDetailRow } from '../domain/price-list-details';
import type { PriceListKind } from '../domain/price-list-kind';
import { detailOf } from '../application/price-list-event-data';
import type { PriceListVersionView } from '../application/price-list-version.view';
import type { PriceListView } from '../application/price-list.view';
import { EffectivePriceModel } from './facility-price-lists.model';
import { PriceListDetailModel } from './price-list-detail.model';
import { PriceListVersionModel } from './price-list-version.model';
import { PriceListModel } from './price-list.model';

export function toPriceListModel(view: PriceListView): PriceListModel {
  return Object.assign(new PriceListModel(), { ...view, validFrom: new Date(view.validFrom) });
}

export function toPriceListVersionModel(view: PriceListVersionView): PriceListVersionModel {
  return Object.assign(new PriceListVersionModel(), {
    ...view,
    details: view.details.map((row) => detailOf(view.kind, row)),
    validFrom: new Date(view.validFrom),
    validTo: new Date(view.validTo),
  });
}

export function toDetailModel(kind: PriceListKind, row: PriceListDetailRow): PriceListDetailModel {
  return Object.assign(new PriceListDetailModel(), { id: row.entryId, ...detailOf(kind, row) });
}

export function toEffectivePriceModel(kind: PriceListKind, result: EffectivePriceOutcome): EffectivePriceModel {
  const model = Object.assign(new EffectivePriceModel(), { price: null, origin: null, priceListId: null, itemId: null, serviceId: null, refusal: null });
  if (result.status === 'NOT_IN_REGISTER') return Object.assign(model, { refusal: result.status });
  const line = { [kind === 'ITEMS' ? 'itemId' : 'serviceId']: result.lineId };
  if (result.status === 'NOT_IN_PRICE_LIST') return Object.assign(model, { refusal: result.status }, line);
  return Object.assign(model, { price: result.price, origin: result.origin, priceListId: result.priceListId }, line);
}
