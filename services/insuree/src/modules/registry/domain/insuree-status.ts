import { isCalendarDate, ok, refused, type Result, trimmedOrNull } from '@imis/kernel';
import { fieldErrors } from '../../../shared/domain/field.errors';
import { canonicalLookupCode, isInsureeStatus, type InsureeStatus, lookupEntry } from '../../../shared/domain/lookups';
import { registryErrors } from './registry.errors';

export interface InsureeStatusChange {
  status: InsureeStatus;
  reasonCode?: string | null;
  /** Defaults to today. */
  date?: string | null;
}

export interface InsureeStatusState {
  status: InsureeStatus;
  reasonCode: string | null;
  statusDate: string;
}

/**
 * The new status of an insuree. IN and DE need a reason of that type; AC has no reason (one sent is dropped).
 * A dead insuree may only be made active again (correcting a mistaken death) or, staying DE, get another reason:
 * DE → IN is refused. The policy consequences (expiry dates, new InsureePolicies) are the service's.
 */
export function changeStatus(
  current: { status: InsureeStatus; reasonCode?: string | null },
  change: InsureeStatusChange,
  today: string,
): Result<InsureeStatusState> {
  if (!isInsureeStatus(change.status)) return refused(registryErrors.statusUnknown(String(change.status)));
  const statusDate = trimmedOrNull(change.date) ?? today;
  if (!isCalendarDate(statusDate)) return refused(registryErrors.statusDateInvalid());
  if (statusDate > today) return refused(registryErrors.statusDateInFuture());
  if (current.status === 'DE' && change.status === 'IN') return refused(registryErrors.deadOnlyToActive());

  const sent = change.status === 'AC' ? null : trimmedOrNull(change.reasonCode);
  let reasonCode: string | null = null;
  if (change.status !== 'AC') {
    if (sent === null) return refused(registryErrors.statusReasonRequired(change.status));
    reasonCode = canonicalLookupCode('statusReason', sent);
    if (reasonCode === null) return refused(fieldErrors.lookupUnknown('statusReason', sent, 'reasonCode'));
    if (lookupEntry('statusReason', reasonCode)?.type !== change.status) return refused(registryErrors.statusReasonWrongType(reasonCode, change.status));
  }
  if (change.status === current.status && reasonCode === (current.reasonCode ?? null)) {
    return refused(registryErrors.statusUnchanged());
  }
  return ok({ status: change.status, reasonCode, statusDate });
}
