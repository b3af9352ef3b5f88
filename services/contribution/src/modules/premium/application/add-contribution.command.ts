import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { orRefuse, refuse, type UseCase } from '@imis/application';
import { today } from '@imis/kernel';
import { visiblePayer } from '../../payer';
import type { PremiumAction } from '../domain/premium-balance';
import { premiumFields, type PremiumInput } from '../domain/premium-fields';
import { premiumErrors } from '../domain/premium.errors';
import type { PremiumCommandMeta } from './premium-command-meta';
import { addPremium, type PremiumChange } from './premium-book';
import { projectedTarget } from './premium-target';

export interface AddContributionData extends Omit<PremiumInput, 'isPhotoFee' | 'isOffline' | 'source'> {
  policyId: string;
  payerId?: string | null;
  isPhotoFee?: boolean | null;
  isOffline?: boolean | null;
  source?: string | null;
  /** Default PAY. */
  action?: PremiumAction | null;
}

/**
 * A user's premium on a current policy of a family in its data scope (§4): the fields' rules, the payer it may
 * see, the receipt free in the product, the pay date not before the enrolment; answers the balance and the
 * warnings of the save (the policy service activates from the event's paid total).
 */
@Injectable()
export class AddContribution implements UseCase<AddContributionData, PremiumChange, PremiumCommandMeta> {
  readonly operation = 'addContribution';

  async execute(tx: EntityManager, data: AddContributionData, { actor, scope, payers }: PremiumCommandMeta): Promise<PremiumChange> {
    const [fields] = orRefuse(premiumFields(premiumInput(data), today()));
    const target = (await projectedTarget(tx, data.policyId, scope)) ?? refuse(premiumErrors.policyNotFound());
    const payerId = data.payerId ?? null;
    if (payerId !== null && !(await visiblePayer(tx, payerId, payers))) refuse(premiumErrors.payerNotFound());
    return addPremium(tx, target, { ...fields, payerId }, data.action ?? 'PAY', actor);
  }
}

export function premiumInput(data: Omit<AddContributionData, 'policyId'>): PremiumInput {
  return {
    amount: data.amount,
    receipt: data.receipt,
    payDate: data.payDate,
    payType: data.payType,
    isPhotoFee: data.isPhotoFee ?? false,
    isOffline: data.isOffline ?? false,
    source: data.source ?? null,
  };
}
