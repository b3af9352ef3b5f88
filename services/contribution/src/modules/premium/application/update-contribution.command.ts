import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { expectVersion, orRefuse, refuse, type UseCase } from '@imis/application';
import { today } from '@imis/kernel';
import { visiblePayer } from '../../payer';
import type { PremiumAction } from '../domain/premium-balance';
import { premiumFields, type PayType } from '../domain/premium-fields';
import { premiumErrors } from '../domain/premium.errors';
import type { PremiumCommandMeta } from './premium-command-meta';
import { lockedPremium, updatePremium, type PremiumChange } from './premium-book';
import { premiumToChange } from './premium-to-change';

export interface UpdateContributionData {
  id: string;
  version?: number | null;
  /** Absent or null: unchanged. */
  amount?: string | null;
  receipt?: string | null;
  payDate?: string | null;
  payType?: PayType | null;
  isPhotoFee?: boolean | null;
  isOffline?: boolean | null;
  /** Absent: unchanged; null: none. */
  payerId?: string | null;
  source?: string | null;
  action?: PremiumAction | null;
}

/** Changes a premium (its policy stays): every rule checked again, the receipt too (§4 "rechecked when edited"). */
@Injectable()
export class UpdateContribution implements UseCase<UpdateContributionData, PremiumChange, PremiumCommandMeta> {
  readonly operation = 'updateContribution';

  async execute(tx: EntityManager, data: UpdateContributionData, { actor, scope, payers }: PremiumCommandMeta): Promise<PremiumChange> {
    const found = await premiumToChange(tx, data.id, scope);
    const { premium, locked } = await lockedPremium(tx, found.premium);
    expectVersion(premium, data.version);
    if (premium.payType === 'F') refuse(premiumErrors.fundingFixed());
    const [fields] = orRefuse(
      premiumFields(
        {
          amount: data.amount ?? premium.amount,
          receipt: data.receipt ?? premium.receipt,
          payDate: data.payDate ?? premium.payDate,
          payType: data.payType ?? premium.payType,
          isPhotoFee: data.isPhotoFee ?? premium.isPhotoFee,
          isOffline: data.isOffline ?? premium.isOffline,
          source: data.source === undefined ? premium.source : data.source,
        },
        today(),
      ),
    );
    const payerId = data.payerId === undefined ? premium.payerId : data.payerId;
    if (payerId !== null && payerId !== premium.payerId && !(await visiblePayer(tx, payerId, payers))) refuse(premiumErrors.payerNotFound());
    return updatePremium(tx, found.target, premium, locked, { ...fields, payerId }, data.action ?? 'PAY', actor);
  }
}
