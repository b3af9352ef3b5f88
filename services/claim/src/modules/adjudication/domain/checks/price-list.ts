import { REJECTION } from '../claim-codes';
import { pass, reject, within, type LineCheck } from './check';

/** (2) The facility's price list of the line's kind has a detail row for it, valid at the target date. */
export const priceListCheck: LineCheck = {
  name: 'price-list',
  level: 'line',
  codes: [REJECTION.NOT_IN_PRICE_LIST],
  description: "the item or service is in the facility's price list",
  run({ claim, context, kind, line, targetDate }) {
    const priceListId = kind === 'item' ? claim.facility.itemsPriceListId : claim.facility.servicesPriceListId;
    const detail = priceListId === null ? undefined : context.priceLists[priceListId]?.details[line.medicalId];
    const facts = { priceListId, targetDate };
    if (!detail) return reject(REJECTION.NOT_IN_PRICE_LIST, { ...facts, problem: priceListId === null ? 'the facility has no price list' : 'not in the price list' });
    if (!within(targetDate, detail.validFrom, detail.validTo)) {
      return reject(REJECTION.NOT_IN_PRICE_LIST, { ...facts, validFrom: detail.validFrom, validTo: detail.validTo, problem: 'not valid at the target date' });
    }
    return pass({ ...facts, priceOverride: detail.price });
  },
};
