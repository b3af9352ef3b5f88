import type { PolicyQuote } from '../../policy-value';
import type { CommandError } from '@imis/application';
import type { PolicyVersionView } from '../application/policy-version.view';
import type { PolicyView } from '../application/policy.view';
import type { InsureePolicy } from '../infrastructure/insuree-policy.entity';
import { InsureePolicyModel, PolicyModel, PolicyVersionModel } from './policy.model';
import { PolicyValueModel } from './policy-value.model';

export function toPolicyModel(view: PolicyView): PolicyModel {
  return Object.assign(new PolicyModel(), view);
}

export function toPolicyVersionModel(view: PolicyVersionView): PolicyVersionModel {
  return Object.assign(new PolicyVersionModel(), view);
}

export function toInsureePolicyModel(row: InsureePolicy): InsureePolicyModel {
  const { id, policyId, insureeId, enrolmentDate, startDate, effectiveDate, expiryDate, version } = row;
  return Object.assign(new InsureePolicyModel(), { id, policyId, insureeId, enrolmentDate, startDate, effectiveDate, expiryDate, version });
}

export function toPolicyValueModel(quote: PolicyQuote | null, errors: readonly CommandError[]): PolicyValueModel {
  return Object.assign(new PolicyValueModel(), {
    value: quote?.value ?? null,
    startDate: quote?.startDate ?? null,
    effectiveDateIfPaid: quote?.effectiveDateIfPaidToday ?? null,
    expiryDate: quote?.expiryDate ?? null,
    lastDateForPayment: quote?.lastDateForPayment ?? null,
    breakdown: quote?.breakdown ?? null,
    rule: quote?.rule ?? null,
    warnings: (quote?.warnings ?? []).map((warning) => ({ ...warning, memberIds: [...warning.memberIds] })),
    errors: [...errors],
  });
}
