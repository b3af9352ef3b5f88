import { graphqlEnumOf } from '@imis/graphql';
import { CLAIM_LINE_STATUSES, CLAIM_STATUSES, REJECTION_REASONS, type RejectionReasonName, VISIT_TYPES } from '../domain/claim-codes';

export const ClaimStatusEnum = graphqlEnumOf('ClaimStatus', CLAIM_STATUSES, {
  description: 'openIMIS claim status: 1 Rejected, 2 Entered, 4 Checked, 8 Processed, 16 Valuated',
  valueDescriptions: { REJECTED: 'openIMIS 1', ENTERED: 'openIMIS 2', CHECKED: 'openIMIS 4', PROCESSED: 'openIMIS 8', VALUATED: 'openIMIS 16' },
});

export const VisitTypeEnum = graphqlEnumOf('ClaimVisitType', VISIT_TYPES, {
  names: { O: 'OTHER', E: 'EMERGENCY', R: 'REFERRAL' },
  valueDescriptions: { O: 'openIMIS O', E: 'openIMIS E', R: 'openIMIS R' },
});

export const ClaimLineStatusEnum = graphqlEnumOf('ClaimLineStatus', CLAIM_LINE_STATUSES, {
  valueDescriptions: { PASSED: 'openIMIS 1', REJECTED: 'openIMIS 2' },
});

const REASON_NAMES = Object.keys(REJECTION_REASONS) as RejectionReasonName[];

export const RejectionReasonEnum = graphqlEnumOf('ClaimRejectionReason', REASON_NAMES, {
  description: 'Why a claim or a line was rejected; each value’s description gives the openIMIS number',
  valueDescriptions: Object.fromEntries(REASON_NAMES.map((name) => [name, `openIMIS ${REJECTION_REASONS[name]}`])) as Record<RejectionReasonName, string>,
});
