import type { EffectivePriceOutcome } from '@imis/medical-projection';
import type { PriceListKind } from '../domain/price-list-kind';
import { detailOf } from '../application/price-list-event-data';
import type { PriceListDetailView } from '../application/price-list.queries';
import type { PriceListVersionView } from '../application/price-list-version.view';
import type { PriceListView } from '../application/price-list.view';
import { EffectivePriceModel } from './facility-price-lists.model';
import { PriceListDetailModel, PriceListEntryModel } from './price-list-detail.model';
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

export function toDetailModel(kind: PriceListKind, view: PriceListDetailView): PriceListDetailModel {
  const entry = Object.assign(new PriceListEntryModel(), view.entry);
  const items = kind === 'ITEMS';
  return Object.assign(new PriceListDetailModel(), {
    id: view.id,
    ...detailOf(kind, { entryId: view.id, price: view.price }),
    item: items ? entry : null,
    service: items ? null : entry,
  });
}

export function toEffectivePriceModel(kind: PriceListKind, result: EffectivePriceOutcome): EffectivePriceModel {
  const model = Object.assign(new EffectivePriceModel(), { price: null, origin: null, priceListId: null, itemId: null, serviceId: null, refusal: null });
  if (result.status === 'NOT_IN_REGISTER') return Object.assign(model, { refusal: result.status });
  const line = { [kind === 'ITEMS' ? 'itemId' : 'serviceId']: result.lineId };
  if (result.status === 'NOT_IN_PRICE_LIST') return Object.assign(model, { refusal: result.status }, line);
  return Object.assign(model, { price: result.price, origin: result.origin, priceListId: result.priceListId }, line);
}
