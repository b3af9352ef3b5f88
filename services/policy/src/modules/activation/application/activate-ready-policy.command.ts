import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { CommandMeta, UseCase } from '@imis/application';
import { createEvent, policyActivatedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { Policy, policyState } from '../../policy';

export interface ActivateReadyPolicyData {
  policyId: string;
}

/**
 * Domain §3 "Ready + matched payment": a Ready policy (paid, activation option "ready") becomes Active once a
 * payment is matched to it; its effective dates were set when it became Ready. Any other policy is left as it is.
 */
@Injectable()
export class ActivateReadyPolicy implements UseCase<ActivateReadyPolicyData, { activated: boolean }> {
  readonly operation = 'activateReadyPolicy';

  async execute(tx: EntityManager, { policyId }: ActivateReadyPolicyData, { actor }: CommandMeta): Promise<{ activated: boolean }> {
    const policy = await tx.findOne(Policy, { id: policyId, deletedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (policy?.status !== 'READY') return { activated: false };
    policy.status = 'ACTIVE';
    policy.markChanged(actor);
    await tx.flush();
    recordEvent(tx, createEvent(policyActivatedEvent, { subject: policy.id, data: policyState(policy) }));
    return { activated: true };
  }
}
