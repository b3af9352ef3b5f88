import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { refuse, type UseCase } from '@imis/application';
import { PolicyPricing } from '../../policy-value';
import { Product } from '../../product';
import { latestPolicy } from '../domain/policy-lineage';
import { policyErrors } from '../domain/policy.errors';
import { Policy } from '../infrastructure/policy.entity';
import type { PolicyCommandMeta } from './policy-command-meta';
import { policyInScope } from './policy-in-scope';
import { expectComputedValue } from './policy-input-checks';
import { createRenewal } from './policy-renewal';
import { commandTerms, policyTerms } from './policy-terms';
import { policyView, type PolicyView } from './policy.view';

export interface RenewPolicyData {
  /** The policy renewed: the family's latest of its product. */
  policyId: string;
  enrolDate: string;
  /** Default: the previous product's conversion product when it has one, else the same product. */
  productId?: string | null;
  value?: string | null;
}

/**
 * Renews a family's latest policy of a product: a new row (stage R) continuing it, starting at the later of
 * the enrolment (+ administration period) and the day after the previous expiry, or the product's cycle.
 */
@Injectable()
export class RenewPolicy implements UseCase<RenewPolicyData, { policy: PolicyView }, PolicyCommandMeta> {
  readonly operation = 'renewPolicy';

  constructor(private readonly pricing: PolicyPricing) {}

  async execute(tx: EntityManager, data: RenewPolicyData, { actor, scope, products }: PolicyCommandMeta): Promise<{ policy: PolicyView }> {
    const previous = await policyInScope(tx, data.policyId, scope, 'policyId');
    await this.expectLatest(tx, previous);
    const productId = data.productId ?? (await this.conversionOf(tx, previous.productId)) ?? previous.productId;
    const request = { familyId: previous.familyId, productId, enrolDate: data.enrolDate, stage: 'R' as const, previousExpiry: previous.expiryDate };
    const { product, quote, countedMemberIds } = commandTerms(await policyTerms(tx, this.pricing, request, { scope, products, lock: true }));
    expectComputedValue(data.value, quote.value);
    const policy = await createRenewal(tx, { previous, productId: product.id, enrolDate: data.enrolDate, quote, countedMemberIds }, actor);
    return { policy: policyView(policy) };
  }

  /** Refused unless it is the family's latest policy of its product and nothing renewed it yet (the locked previous row serialises renewals). */
  private async expectLatest(tx: EntityManager, previous: Policy): Promise<void> {
    const sameProduct = await tx.find(Policy, { familyId: previous.familyId, productId: previous.productId, deletedAt: null });
    const renewals = await tx.count(Policy, { previousPolicyId: previous.id, deletedAt: null });
    if (renewals > 0 || latestPolicy(sameProduct)?.id !== previous.id) refuse(policyErrors.notLatest());
  }

  private async conversionOf(tx: EntityManager, productId: string): Promise<string | null> {
    const product = await tx.findOne(Product, { id: productId }, { fields: ['conversionProductId'] });
    return product?.conversionProductId ?? null;
  }
}
