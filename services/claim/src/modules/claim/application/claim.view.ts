import type { ClaimLineState, ClaimState } from '@imis/contracts';
import { targetDate } from '../domain/claim-codes';
import type { Claim } from '../infrastructure/claim.entity';
import type { ClaimItem } from '../infrastructure/claim-item.entity';
import type { ClaimLine } from '../infrastructure/claim-line.entity';
import type { ClaimService } from '../infrastructure/claim-service.entity';

/** A line as commands and queries answer it: its state and, once adjudicated, the stored trace (read by the adjudication module). */
export type ClaimLineView = ClaimLineState & { trace?: unknown };

/** A claim as commands and queries answer it (plain JSON: stored for clientMutationId replays). */
export interface ClaimView extends Omit<ClaimState, 'items' | 'services'> {
  items: ClaimLineView[];
  services: ClaimLineView[];
  changedBy: string;
  adjudicationError: string | null;
}

export interface ClaimLines {
  items: ClaimItem[];
  services: ClaimService[];
}

const amount = (value: string | null): string | null => (value === null ? null : String(value));
const quantity = (value: string | null): number | null => (value === null ? null : Number(value));

function lineState(line: ClaimLine, ids: { itemId: string | null; serviceId: string | null }): ClaimLineState {
  return {
    id: line.id,
    ...ids,
    quantityProvided: Number(line.quantityProvided),
    priceAsked: String(line.priceAsked),
    explanation: line.explanation,
    status: line.status as ClaimLineState['status'],
    rejectionReason: line.rejectionReason,
    productId: line.productId,
    policyId: line.policyId,
    priceOrigin: line.priceOrigin as ClaimLineState['priceOrigin'],
    limitation: line.limitation as ClaimLineState['limitation'],
    limitationValue: amount(line.limitationValue),
    quantityApproved: quantity(line.quantityApproved),
    priceAdjusted: amount(line.priceAdjusted),
    priceApproved: amount(line.priceApproved),
    priceValuated: amount(line.priceValuated),
    deductibleAmount: amount(line.deductibleAmount),
    exceedCeilingAmount: amount(line.exceedCeilingAmount),
    exceedCeilingAmountCategory: amount(line.exceedCeilingAmountCategory),
    remuneratedAmount: amount(line.remuneratedAmount),
    justification: line.justification,
  };
}

export function itemLineState(line: ClaimItem): ClaimLineState {
  return lineState(line, { itemId: line.itemId, serviceId: null });
}

export function serviceLineState(line: ClaimService): ClaimLineState {
  return lineState(line, { itemId: null, serviceId: line.serviceId });
}

/** A claim and its current lines as its events carry them. */
export function claimState(claim: Claim, lines: ClaimLines): ClaimState {
  return {
    id: claim.id,
    code: claim.code,
    insureeId: claim.insureeId,
    healthFacilityId: claim.healthFacilityId,
    claimAdminId: claim.claimAdminId,
    dateFrom: claim.dateFrom,
    dateTo: claim.dateTo,
    dateClaimed: claim.dateClaimed,
    targetDate: targetDate(claim.dateFrom, claim.dateTo),
    visitType: claim.visitType,
    category: claim.category as ClaimState['category'],
    mainDiagnosisId: claim.mainDiagnosisId,
    secondaryDiagnosisIds: [...claim.secondaryDiagnosisIds],
    explanation: claim.explanation,
    status: claim.status,
    rejectionReason: claim.rejectionReason,
    queued: claim.queued,
    submittedAt: claim.submittedAt ? claim.submittedAt.toISOString() : null,
    claimed: String(claim.claimed),
    approved: amount(claim.approved),
    valuated: amount(claim.valuated),
    remunerated: amount(claim.remunerated),
    restoredFromId: claim.restoredFromId,
    items: lines.items.map(itemLineState),
    services: lines.services.map(serviceLineState),
    version: claim.version,
  };
}

export function claimView(claim: Claim, lines: ClaimLines): ClaimView {
  const withTrace = (state: ClaimLineState, line: ClaimLine): ClaimLineView => ({ ...state, trace: line.trace });
  return {
    ...claimState(claim, lines),
    items: lines.items.map((line) => withTrace(itemLineState(line), line)),
    services: lines.services.map((line) => withTrace(serviceLineState(line), line)),
    changedBy: claim.changedBy,
    adjudicationError: claim.adjudicationError,
  };
}
