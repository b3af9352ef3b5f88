import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { expectVersion, refuse, type UseCase } from '@imis/application';
import { createEvent, insureePolicyRemovedEvent, policyDeletedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { policyErrors } from '../domain/policy.errors';
import { PolicyClaimsUsage } from './policy-claims-usage';
import type { PolicyCommandMeta } from './policy-command-meta';
import { policyInScope } from './policy-in-scope';
import { currentMembers } from './policy-members';
import { policyView, type PolicyView } from './policy.view';

export interface DeletePolicyData {
  id: string;
  version?: number | null;
}

/** Soft-deletes a policy with its members' coverage rows (kept as history), unless claims used it. */
@Injectable()
export class DeletePolicy implements UseCase<DeletePolicyData, { policy: PolicyView }, PolicyCommandMeta> {
  readonly operation = 'deletePolicy';

  constructor(private readonly claims: PolicyClaimsUsage) {}

  async execute(tx: EntityManager, data: DeletePolicyData, { actor, scope }: PolicyCommandMeta): Promise<{ policy: PolicyView }> {
    const policy = await policyInScope(tx, data.id, scope);
    expectVersion(policy, data.version);
    if (await this.claims.usedByClaims(tx, policy.id)) refuse(policyErrors.usedByClaims());
    const members = await currentMembers(tx, policy.id);
    const at = new Date();
    policy.markDeleted(actor, at);
    for (const row of members) row.markDeleted(actor, at);
    await tx.flush();
    for (const row of members) {
      recordEvent(tx, createEvent(insureePolicyRemovedEvent, { subject: row.id, data: { id: row.id, policyId: policy.id, insureeId: row.insureeId, version: row.version } }));
    }
    recordEvent(tx, createEvent(policyDeletedEvent, { subject: policy.id, data: { id: policy.id, familyId: policy.familyId, version: policy.version } }));
    return { policy: policyView(policy) };
  }
}
