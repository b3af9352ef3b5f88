import { claimCheckedEvent, claimProcessedEvent, claimRejectedEvent, claimValuatedEvent, type CloudEvent, createEvent, policyUsageRecordedEvent, type PolicyUsage } from '@imis/contracts';
import { centsToMoney, moneyToCents } from '@imis/kernel';
import { claimState, type Claim, type ClaimLines } from '../../claim';
import type { ClaimAdjudication } from '../domain';

const EVENT_OF_STATUS = { CHECKED: claimCheckedEvent, REJECTED: claimRejectedEvent, VALUATED: claimValuatedEvent, PROCESSED: claimProcessedEvent } as const;

/** The claim's state event after adjudication, and what it used of each policy (once written: versions are the new ones). */
export function adjudicatedEvents(claim: Claim, lines: ClaimLines, result: ClaimAdjudication): CloudEvent<unknown>[] {
  const state = claimState(claim, lines);
  const contract = EVENT_OF_STATUS[result.status as keyof typeof EVENT_OF_STATUS];
  const events: CloudEvent<unknown>[] = contract ? [createEvent(contract, { subject: claim.id, data: state })] : [];
  events.push(
    createEvent(policyUsageRecordedEvent, {
      subject: claim.id,
      data: {
        claimId: claim.id,
        claimVersion: claim.version,
        insureeId: claim.insureeId,
        healthFacilityId: claim.healthFacilityId,
        targetDate: state.targetDate,
        inPatient: state.targetDate !== claim.dateFrom,
        category: state.category,
        status: state.status,
        policies: result.status === 'REJECTED' ? [] : policyUsage(result),
      },
    }),
  );
  return events;
}

function policyUsage(result: ClaimAdjudication): PolicyUsage[] {
  const byPolicy = new Map<string, { productId: string; remunerated: number; deductible: number; exceed: number; items: Map<string, number>; services: Map<string, number> }>();
  for (const line of result.lines) {
    if (line.status !== 'PASSED' || !line.coverage) continue;
    let usage = byPolicy.get(line.coverage.policyId);
    if (!usage) byPolicy.set(line.coverage.policyId, (usage = { productId: line.coverage.productId, remunerated: 0, deductible: 0, exceed: 0, items: new Map(), services: new Map() }));
    const cents = (value: string | null | undefined) => (value ? moneyToCents(value) : 0);
    usage.remunerated += cents(line.valuation?.remuneratedAmount);
    usage.deductible += cents(line.valuation?.deductibleAmount);
    usage.exceed += cents(line.valuation?.exceedCeilingAmount);
    const quantities = line.kind === 'item' ? usage.items : usage.services;
    quantities.set(line.medicalId, (quantities.get(line.medicalId) ?? 0) + line.qtyApproved);
  }
  return [...byPolicy].map(([policyId, usage]) => ({
    policyId,
    productId: usage.productId,
    remunerated: centsToMoney(usage.remunerated),
    deductible: centsToMoney(usage.deductible),
    exceedCeiling: centsToMoney(usage.exceed),
    items: [...usage.items].map(([itemId, quantity]) => ({ itemId, quantity })),
    services: [...usage.services].map(([serviceId, quantity]) => ({ serviceId, quantity })),
  }));
}
