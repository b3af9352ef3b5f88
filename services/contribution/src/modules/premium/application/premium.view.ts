import type { PolicyContributions, PremiumState } from '@imis/contracts';
import type { Premium } from '../infrastructure/premium.entity';

/** A premium as commands and queries answer it (plain JSON: stored for clientMutationId replays). */
export interface PremiumView extends Omit<PremiumState, 'policyContributions'> {
  productId: string;
  changedBy: string;
  validFrom: string;
}

export function premiumView(premium: Premium): PremiumView {
  const { id, policyId, productId, payerId, amount, receipt, payDate, payType, isPhotoFee, isOffline, source, version, changedBy } = premium;
  return { id, policyId, productId, payerId, amount, receipt, payDate, payType, isPhotoFee, isOffline, source, version, changedBy, validFrom: premium.validFrom.toISOString() };
}

/** A premium as its added and updated events carry it, with where its policy's premiums stand after it. */
export function premiumState(premium: Premium, policyContributions: PolicyContributions): PremiumState {
  const { id, policyId, payerId, amount, receipt, payDate, payType, isPhotoFee, isOffline, source, version } = premium;
  return { id, policyId, payerId, amount, receipt, payDate, payType, isPhotoFee, isOffline, source, version, policyContributions };
}
