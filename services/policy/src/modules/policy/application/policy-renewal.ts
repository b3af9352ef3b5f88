import type { EntityManager } from '@mikro-orm/postgresql';
import { createEvent, policyRenewedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import type { PolicyQuote } from '../../policy-value';
import { Policy } from '../infrastructure/policy.entity';
import { addMembers, recordMembersAdded } from './policy-members';
import { policyState } from './policy.view';

export interface RenewalRequest {
  readonly previous: Policy;
  readonly productId: string;
  readonly enrolDate: string;
  readonly quote: Pick<PolicyQuote, 'value' | 'startDate' | 'expiryDate'>;
  readonly countedMemberIds: readonly string[];
  /** The renewal's id when another service chose it (a matched payment's renewalPolicyId). */
  readonly id?: string;
}

/**
 * The renewal of `previous` (stage R, Idle, its officer, continuing it) with a coverage row per counted
 * member, flushed, and its events (policyRenewed, insureePolicyAdded): renewPolicy and the matched payment's
 * renewal build it alike.
 */
export async function createRenewal(tx: EntityManager, request: RenewalRequest, actor: string): Promise<Policy> {
  const { previous, quote } = request;
  const policy = tx.create(Policy, {
    ...(request.id ? { id: request.id } : {}),
    familyId: previous.familyId,
    productId: request.productId,
    officerId: previous.officerId,
    stage: 'R',
    status: 'IDLE',
    value: quote.value,
    enrolDate: request.enrolDate,
    startDate: quote.startDate,
    expiryDate: quote.expiryDate,
    previousPolicyId: previous.id,
    paidTotal: '0.00',
    changedBy: actor,
  });
  const members = addMembers(tx, policy, request.countedMemberIds, actor);
  await tx.flush();
  recordEvent(tx, createEvent(policyRenewedEvent, { subject: policy.id, data: policyState(policy) }));
  recordMembersAdded(tx, members);
  return policy;
}
