import type { ClaimLineState } from '@imis/contracts';
import { userError } from '@imis/graphql';
import type { CommandError, CommandResult } from '@imis/application';
import { CLAIM_STATUS_CODES, rejectionReasonName, type ClaimStatus } from '../domain/claim-codes';
import type { ClaimVersionView } from '../application/claim-version.view';
import type { ClaimView } from '../application/claim.view';
import type { EnterClaimsResult } from '../application/enter-claims.command';
import { ClaimLineModel, ClaimModel, ClaimPayload, ClaimsPayload, ClaimVersionModel } from './claim.model';

export function toClaimLineModel(line: ClaimLineState & { trace?: unknown }): ClaimLineModel {
  const { trace, ...state } = line;
  return Object.assign(new ClaimLineModel(), {
    ...state,
    storedTrace: trace ?? null,
    rejectionReason: line.rejectionReason === null ? null : (rejectionReasonName(line.rejectionReason) ?? null),
    rejectionReasonCode: line.rejectionReason,
  });
}

export function toClaimModel(view: ClaimView): ClaimModel {
  return Object.assign(new ClaimModel(), {
    ...view,
    statusCode: CLAIM_STATUS_CODES[view.status],
    rejectionReason: rejectionReasonName(view.rejectionReason) ?? 'ACCEPTED',
    rejectionReasonCode: view.rejectionReason,
    items: view.items.map(toClaimLineModel),
    services: view.services.map(toClaimLineModel),
  });
}

export function toClaimVersionModel(view: ClaimVersionView): ClaimVersionModel {
  return Object.assign(new ClaimVersionModel(), {
    ...view,
    status: view.status as ClaimStatus,
    visitType: view.visitType,
    items: view.items.map(toClaimLineModel),
    services: view.services.map(toClaimLineModel),
  });
}

export function claimPayload(result: CommandResult<{ claim: ClaimView }>, clientMutationId?: string | null): ClaimPayload {
  return { claim: result.claim ? toClaimModel(result.claim) : null, errors: result.errors, clientMutationId: clientMutationId ?? null };
}

const toUserError = (error: Pick<CommandError, 'code' | 'message'> & { field?: string | null }) => userError(error.code, error.message, error.field ?? undefined);

export function claimsPayload(result: CommandResult<EnterClaimsResult>, clientMutationId?: string | null): ClaimsPayload {
  return Object.assign(new ClaimsPayload(), {
    claims: (result.claims ?? []).map(toClaimModel),
    refusals: (result.refusals ?? []).map((refusal) => ({ index: refusal.index, code: refusal.code, errors: refusal.errors.map(toUserError) })),
    errors: result.errors.map(toUserError),
    clientMutationId: clientMutationId ?? null,
  });
}
