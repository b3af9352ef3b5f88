import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { orRefuse, refuse, type UseCase } from '@imis/application';
import { allows } from '@imis/auth';
import { createEvent, fundingRecordedEvent, type FundingRecordedData } from '@imis/contracts';
import { today } from '@imis/kernel';
import { type LocatedCommandMeta, locationsByIds, mayChangeLocated } from '@imis/location-projection';
import { recordEvent } from '@imis/messaging';
import { isUuid, uuidv7 } from '@imis/persistence';
import { productsByIds } from '@imis/policy-projection';
import { visiblePayer } from '../../payer';
import { addPremium, premiumFields, type PremiumChange } from '../../premium';
import { fundedLocationFits, fundingErrors, NATIONAL, type Place, placesFit } from '../domain/funding-location';
import { Funding } from '../infrastructure/funding.entity';

export interface FundProductData {
  payerId: string;
  productId: string;
  /** The product's location funded (default: the product's own); null: national. */
  locationId?: string | null;
  amount: string;
  receipt: string;
  payDate: string;
}

export interface FundProductResult extends PremiumChange {
  funding: FundingRecordedData;
}

/**
 * §4 funding: a payer whose location fits the product's pays for the product at a location; a new policy id
 * and premium id are chosen here, the Funding row and a premium of type F on that policy are stored, and
 * fundingRecorded (the policy service creates the policy) and premiumAdded are recorded in one transaction.
 */
@Injectable()
export class FundProduct implements UseCase<FundProductData, FundProductResult, LocatedCommandMeta> {
  readonly operation = 'fundProduct';

  async execute(tx: EntityManager, data: FundProductData, { actor, scope, visible }: LocatedCommandMeta): Promise<FundProductResult> {
    const [fields] = orRefuse(
      premiumFields({ amount: data.amount, receipt: data.receipt, payDate: data.payDate, payType: 'F', isPhotoFee: false, isOffline: false, source: 'funding' }, today(), 'system'),
    );
    const [product] = isUuid(data.productId) ? await productsByIds(tx, [data.productId]) : [];
    if (!product || product.deleted || (product.locationId !== null && !allows(visible, product.locationId))) refuse(fundingErrors.productNotFound());
    const payer = (await visiblePayer(tx, data.payerId, visible)) ?? refuse(fundingErrors.payerNotFound());
    const locationId = data.locationId === undefined ? product.locationId : data.locationId;
    const places = await this.places(tx, [product.locationId, payer.locationId, locationId]);
    const [productPlace, payerPlace, fundedPlace] = places;
    if (!productPlace || !payerPlace) refuse(fundingErrors.payerLocationMismatch());
    if (!placesFit(productPlace, payerPlace)) refuse(fundingErrors.payerLocationMismatch());
    if (!fundedPlace || !mayChangeLocated(scope, locationId) || !fundedLocationFits(productPlace, fundedPlace)) refuse(fundingErrors.locationInvalid());
    const funding = tx.create(Funding, {
      payerId: payer.id,
      productId: product.id,
      locationId,
      policyId: uuidv7(),
      premiumId: uuidv7(),
      amount: fields.amount,
      receipt: fields.receipt,
      payDate: fields.payDate,
      changedBy: actor,
    });
    await tx.flush();
    const recorded = fundingState(funding);
    recordEvent(tx, createEvent(fundingRecordedEvent, { subject: funding.id, data: recorded }));
    const target = { policyId: funding.policyId, productId: product.id, terms: null };
    const change = await addPremium(tx, target, { ...fields, id: funding.premiumId, payerId: payer.id }, 'PAY', actor);
    return { ...change, funding: recorded };
  }

  /** Each location as a place (national for null), or null when not a current region or district. */
  private async places(tx: EntityManager, ids: (string | null)[]): Promise<(Place | null)[]> {
    const rows = await locationsByIds(tx, ids.filter((id): id is string => id !== null));
    const byId = new Map(rows.filter((row) => row.type === 'R' || row.type === 'D').map((row) => [row.id, { id: row.id, parentId: row.parentId }]));
    return ids.map((id) => (id === null ? NATIONAL : (byId.get(id) ?? null)));
  }
}

export function fundingState(funding: Funding): FundingRecordedData {
  const { id, payerId, productId, locationId, policyId, premiumId, amount, receipt, payDate, version } = funding;
  return { id, payerId, productId, locationId, policyId, premiumId, amount, receipt, payDate, version };
}
