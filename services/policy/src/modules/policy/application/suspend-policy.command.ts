import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { expectVersion, refuse, type UseCase } from '@imis/application';
import { createEvent, policySuspendedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { policyErrors } from '../domain/policy.errors';
import type { PolicyCommandMeta } from './policy-command-meta';
import { policyInScope } from './policy-in-scope';
import { policyState, policyView, type PolicyView } from './policy.view';

export interface SuspendPolicyData {
  id: string;
  version?: number | null;
}

/** Suspends an Active or Idle policy (§3): it no longer covers claims. */
@Injectable()
export class SuspendPolicy implements UseCase<SuspendPolicyData, { policy: PolicyView }, PolicyCommandMeta> {
  readonly operation = 'suspendPolicy';

  async execute(tx: EntityManager, data: SuspendPolicyData, { actor, scope }: PolicyCommandMeta): Promise<{ policy: PolicyView }> {
    const policy = await policyInScope(tx, data.id, scope);
    expectVersion(policy, data.version);
    if (policy.status !== 'ACTIVE' && policy.status !== 'IDLE') refuse(policyErrors.notSuspendable());
    policy.status = 'SUSPENDED';
    policy.markChanged(actor);
    await tx.flush();
    recordEvent(tx, createEvent(policySuspendedEvent, { subject: policy.id, data: policyState(policy) }));
    return { policy: policyView(policy) };
  }
}
