import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { runUseCase, type CommandResult } from '@imis/application';
import type { PolicyContributions } from '@imis/contracts';
import { Policy } from '../../policy';
import { lockPolicyContributions, markPaymentMatched, storedContributions, storeIfNewer } from '../infrastructure/contribution-state.statements';
import { ActivateReadyPolicy } from './activate-ready-policy.command';
import { RecordPolicyContributions } from './record-policy-contributions.command';

/** Who the system paths act as in history rows and events. */
export const CONTRIBUTIONS_ACTOR = 'contribution-events';

/**
 * The policies' contribution states as the contribution service reports them, applied to the policies
 * (RecordPolicyContributions) in the caller's transaction (an inbox's). Events come from several streams and
 * may be late or repeated: a state is kept only when its revision is newer, whether or not its policy exists
 * yet, and a policy created afterwards (funding, renewal from a payment) gets it through `applyStored`.
 */
@Injectable()
export class PolicyContributionLedger {
  private readonly logger = new Logger(PolicyContributionLedger.name);

  constructor(
    private readonly recordContributions: RecordPolicyContributions,
    private readonly activateReady: ActivateReadyPolicy,
  ) {}

  /** A premium event's state of its policy: stored when newer, then applied if the policy exists. */
  async receive(tx: EntityManager, state: PolicyContributions, actor = CONTRIBUTIONS_ACTOR): Promise<void> {
    await lockPolicyContributions(tx, state.policyId);
    if (await storeIfNewer(tx, state)) await this.apply(tx, state.policyId, actor);
  }

  /** Right after this service created the policy (its row flushed): applies a state stored before it, if any. */
  async applyStored(tx: EntityManager, policyId: string, actor = CONTRIBUTIONS_ACTOR): Promise<void> {
    await lockPolicyContributions(tx, policyId);
    await this.apply(tx, policyId, actor);
  }

  /** Matched payments named these policies: a Ready one becomes Active now, one not yet Ready when it gets there. */
  async paymentMatched(tx: EntityManager, policyIds: readonly string[], actor = CONTRIBUTIONS_ACTOR): Promise<void> {
    const ids = [...new Set(policyIds)].sort();
    for (const id of ids) await lockPolicyContributions(tx, id);
    await markPaymentMatched(tx, ids);
    for (const policyId of ids) expectApplied(await runUseCase(tx, this.activateReady, { policyId }, { actor }), policyId);
  }

  private async apply(tx: EntityManager, policyId: string, actor: string): Promise<void> {
    const stored = await storedContributions(tx, policyId);
    if (!stored) return;
    if (stored.revision > 0) {
      if ((await tx.count(Policy, { id: policyId, deletedAt: null })) === 0) return;
      const input = { policyId, paidTotal: stored.paidTotal, lastPayDate: stored.lastPayDate };
      const result = expectApplied(await runUseCase(tx, this.recordContributions, input, { actor }), policyId);
      for (const warning of result.warnings ?? []) this.logger.warn(`policy ${policyId}: ${warning.message}`);
    }
    if (stored.paymentMatched) expectApplied(await runUseCase(tx, this.activateReady, { policyId }, { actor }), policyId);
  }
}

/** A refusal here is a broken event (the contract already validated it): the handler fails and the event is retried, then dead-lettered. */
function expectApplied<R>(result: CommandResult<R>, policyId: string): CommandResult<R> {
  if (result.errors.length > 0) throw new Error(`policy ${policyId}: ${result.errors.map((error) => `${error.code} ${error.message}`).join('; ')}`);
  return result;
}
