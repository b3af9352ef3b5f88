import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { allows, type ScopeFilter } from '@imis/auth';
import { familiesByIds } from '@imis/insuree-projection';
import type { DomainError } from '@imis/kernel';
import { isUuid } from '@imis/persistence';
import { PolicyPricing, type PolicyQuote, type PolicyStage } from '../../policy-value';
import { policyErrors } from '../domain/policy.errors';
import { Policy } from '../infrastructure/policy.entity';
import { policyTerms } from './policy-terms';

export interface PolicyValueRequest {
  familyId: string;
  productId: string;
  enrolDate: string;
  stage: PolicyStage;
  /** The policy a renewal continues (required for stage R). */
  previousPolicyId?: string | null;
}

export type PolicyValueAnswer = { quote: PolicyQuote; errors: [] } | { quote: null; errors: DomainError[] };

/**
 * What a policy would cost and when it would run, without writing anything: the checks of createPolicy
 * but the member cap, which is a warning here (MEMBER_CAP_EXCEEDED, with the members left out).
 */
@Injectable()
export class PolicyValueQuery {
  constructor(
    private readonly em: EntityManager,
    private readonly pricing: PolicyPricing,
  ) {}

  async answer(request: PolicyValueRequest, access: { scope: ScopeFilter; products: ScopeFilter }): Promise<PolicyValueAnswer> {
    let previousExpiry: string | null = null;
    if (request.stage === 'R' || request.previousPolicyId) {
      const previous = await this.previous(request.previousPolicyId ?? null, request.familyId, access.scope);
      if (!previous) return { quote: null, errors: [policyErrors.notFound('previousPolicyId')] };
      previousExpiry = previous.expiryDate;
    }
    const outcome = await policyTerms(this.em, this.pricing, { ...request, previousExpiry }, access);
    return outcome.ok ? { quote: outcome.terms.quote, errors: [] } : { quote: null, errors: [outcome.error] };
  }

  private async previous(id: string | null, familyId: string, scope: ScopeFilter): Promise<Policy | null> {
    if (!isUuid(id)) return null;
    const policy = await this.em.findOne(Policy, { id, familyId, deletedAt: null });
    if (!policy) return null;
    const [family] = await familiesByIds(this.em, [policy.familyId], { includeDeleted: true });
    return family && allows(scope, family.villageId) ? policy : null;
  }
}
