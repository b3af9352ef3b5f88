import { ageOn } from '@imis/kernel';
import { type Claim, type ClaimLines } from '../../claim';
import { isInPatient, targetDateOf, type AdjudicationContext, type CheckedClaim, type CheckedLine, type ClaimCategory, type ClaimToAdjudicate, traceEntries } from '../domain';

/** A Checked claim as its stored lines say it was checked: what valuation starts from when it runs later (processClaims). */
export function storedCheck(claim: Claim, lines: ClaimLines, input: ClaimToAdjudicate, context: AdjudicationContext): CheckedClaim {
  const targetDate = targetDateOf(input)!;
  const line = (kind: 'item' | 'service', medicalId: string, stored: ClaimLines['items'][number] | ClaimLines['services'][number]): CheckedLine => {
    const passed = stored.status === 'PASSED' && stored.policyId !== null && stored.productId !== null;
    const window = context.insureePolicies.find((row) => row.policyId === stored.policyId && row.insureeId === claim.insureeId && row.effectiveDate !== null && row.effectiveDate <= targetDate && row.expiryDate >= targetDate);
    return {
      lineId: stored.id,
      kind,
      medicalId,
      status: passed ? 'PASSED' : 'REJECTED',
      rejectionReason: stored.rejectionReason ?? 0,
      qtyApproved: stored.quantityApproved === null ? 0 : Number(stored.quantityApproved),
      coverage: passed
        ? {
            policyId: stored.policyId!,
            productId: stored.productId!,
            insureePolicyId: window?.id ?? '',
            priceOrigin: stored.priceOrigin as 'P' | 'O' | 'R',
            limitation: stored.limitation as 'C' | 'F',
            limitationValue: Number(stored.limitationValue ?? 0),
          }
        : null,
      trace: traceEntries(stored.trace) ?? [],
    };
  };
  return {
    claimId: claim.id,
    status: 'CHECKED',
    rejectionReason: 0,
    category: claim.category as ClaimCategory | null,
    targetDate,
    inPatient: isInPatient(input),
    adult: ageOn(input.insuree.birthDate, targetDate) >= context.ageOfMajority,
    approved: claim.approved,
    lines: [...lines.items.map((item) => line('item', item.itemId, item)), ...lines.services.map((service) => line('service', service.serviceId, service))],
    trace: [],
  };
}
