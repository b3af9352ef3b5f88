import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { refuse, type CommandMeta, type UseCase } from '@imis/application';
import { createEvent, insureePolicyUpdatedEvent, policyActivatedEvent, policyUpdatedEvent } from '@imis/contracts';
import { isCalendarDate, isMoney, normalizeMoney } from '@imis/kernel';
import { recordEvent } from '@imis/messaging';
import { InjectPolicyEnv } from '../../../config/policy-env.module';
import type { PolicyEnv } from '../../../config/policy.config';
import { InsureePolicy, insureePolicyState, Policy, policyState } from '../../policy';
import { decideActivation, type ActivationDecision, type ContributionWarning } from '../domain/activation-decision';
import { activationErrors } from '../domain/activation.errors';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RecordPolicyContributionsData {
  policyId: string;
  /** Every current contribution of the policy, photo fees excluded (money string). */
  paidTotal: string;
  /** Pay date of the latest contribution: the one that completes the value when this call activates; null when none is left. */
  lastPayDate: string | null;
}

export interface RecordPolicyContributionsResult {
  policyId: string;
  status: Policy['status'];
  effectiveDate: string | null;
  paidTotal: string;
  underpaid: boolean;
  /** Whether this call made the policy Active (or Ready). */
  activated: boolean;
  /** Members whose effective date this call set. */
  coveredInsureeIds: string[];
  warnings: ContributionWarning[];
}

/**
 * The seam the contribution service's events call: stores the policy's paid total and applies what it
 * decides (decideActivation) in one transaction, with its events: activation, members' effective dates; any
 * other change of the paid total or of the underpaid flag is a policyUpdated event (the projections' copies
 * carry both: the payment service reads what is still owed from them).
 */
@Injectable()
export class RecordPolicyContributions implements UseCase<RecordPolicyContributionsData, RecordPolicyContributionsResult> {
  readonly operation = 'recordPolicyContributions';

  constructor(@InjectPolicyEnv() private readonly env: Pick<PolicyEnv, 'POLICY_ACTIVATION_OPTION'>) {}

  async execute(tx: EntityManager, data: RecordPolicyContributionsData, { actor }: CommandMeta): Promise<RecordPolicyContributionsResult> {
    if (typeof data.paidTotal !== 'string' || !isMoney(data.paidTotal) || data.paidTotal.trim().startsWith('-')) refuse(activationErrors.paidTotalInvalid());
    if (data.lastPayDate !== null && !isCalendarDate(data.lastPayDate)) refuse(activationErrors.payDateInvalid());
    if (typeof data.policyId !== 'string' || !UUID_PATTERN.test(data.policyId)) refuse(activationErrors.policyNotFound());
    const policy =
      (await tx.findOne(Policy, { id: data.policyId, deletedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE })) ?? refuse(activationErrors.policyNotFound());
    const paidTotal = normalizeMoney(data.paidTotal);
    const decision = decideActivation(policy, paidTotal, data.lastPayDate, this.env.POLICY_ACTIVATION_OPTION);
    const policyChanged = policy.paidTotal !== paidTotal || policy.underpaid !== decision.underpaid || decision.kind === 'activate';
    policy.paidTotal = paidTotal;
    policy.underpaid = decision.underpaid;
    if (decision.kind === 'activate') {
      policy.status = decision.status;
      policy.effectiveDate = decision.effectiveDate;
    }
    if (policyChanged) policy.markChanged(actor);
    const covered = await this.coverMembers(tx, policy, decision, actor);
    await tx.flush();
    if (decision.kind === 'activate') recordEvent(tx, createEvent(policyActivatedEvent, { subject: policy.id, data: policyState(policy) }));
    else if (policyChanged) recordEvent(tx, createEvent(policyUpdatedEvent, { subject: policy.id, data: policyState(policy) }));
    for (const row of covered) recordEvent(tx, createEvent(insureePolicyUpdatedEvent, { subject: row.id, data: insureePolicyState(row) }));
    return {
      policyId: policy.id,
      status: policy.status,
      effectiveDate: policy.effectiveDate,
      paidTotal,
      underpaid: policy.underpaid,
      activated: decision.kind === 'activate',
      coveredInsureeIds: covered.map((row) => row.insureeId),
      warnings: decision.warnings,
    };
  }

  /** Members not yet covered get the decision's effective date (those already covered keep theirs). */
  private async coverMembers(tx: EntityManager, policy: Policy, decision: ActivationDecision, actor: string): Promise<InsureePolicy[]> {
    if (decision.kind !== 'activate' && decision.kind !== 'coverPending') return [];
    const pending = await tx.find(InsureePolicy, { policyId: policy.id, deletedAt: null, effectiveDate: null }, { orderBy: { id: 'asc' } });
    for (const row of pending) {
      row.effectiveDate = decision.effectiveDate;
      row.markChanged(actor);
    }
    return pending;
  }
}
