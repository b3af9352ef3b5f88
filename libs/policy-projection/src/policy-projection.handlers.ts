import { Injectable } from '@nestjs/common';
import {
  insureePolicyAddedEvent,
  insureePolicyLifecycle,
  insureePolicyRemovedEvent,
  insureePolicyUpdatedEvent,
  policiesExpiredEvent,
  policyActivatedEvent,
  policyCreatedEvent,
  policyDeletedEvent,
  policyLifecycle,
  policyRenewedEvent,
  policySuspendedEvent,
  policyUpdatedEvent,
  productCreatedEvent,
  productDeletedEvent,
  productLifecycle,
  productUpdatedEvent,
  type CloudEvent,
  type InsureePolicyRemovedData,
  type InsureePolicyState,
  type PoliciesExpiredData,
  type PolicyDeletedData,
  type PolicyState,
  type ProductDeletedData,
  type ProductState,
} from '@imis/contracts';
import { DurableConsumer, OnEvent, type HandlerContext } from '@imis/messaging';
import { deletePolicy, expirePolicies, removeInsureePolicy, upsertInsureePolicies, upsertPolicies } from './policy.writes';
import { deleteProduct, upsertProduct } from './product.writes';

/**
 * Keeps the projected products (with their lines), policies and insuree-policies in step with the policy
 * service: the durable consumer `<service>-policy-projection` on `imis.policy.>`, from the stream's first
 * event. Each change compares versions, so a replayed or redelivered older event changes nothing.
 */
@Injectable()
@DurableConsumer('policy-projection', { covers: [productLifecycle, policyLifecycle, insureePolicyLifecycle] })
export class PolicyProjectionHandlers {
  /** Created or updated: the full state, every line replaced. */
  @OnEvent(productCreatedEvent, productUpdatedEvent)
  async applyProduct(event: CloudEvent<ProductState>, { em }: HandlerContext): Promise<void> {
    await upsertProduct(em, event.data);
  }

  @OnEvent(productDeletedEvent)
  async applyProductDeletion(event: CloudEvent<ProductDeletedData>, { em }: HandlerContext): Promise<void> {
    await deleteProduct(em, event.data.id, event.data.version);
  }

  @OnEvent(policyCreatedEvent, policyRenewedEvent, policyUpdatedEvent, policyActivatedEvent, policySuspendedEvent)
  async applyPolicy(event: CloudEvent<PolicyState>, { em }: HandlerContext): Promise<void> {
    await upsertPolicies(em, [event.data]);
  }

  @OnEvent(policiesExpiredEvent)
  async applyExpiry(event: CloudEvent<PoliciesExpiredData>, { em }: HandlerContext): Promise<void> {
    await expirePolicies(em, event.data);
  }

  @OnEvent(policyDeletedEvent)
  async applyPolicyDeletion(event: CloudEvent<PolicyDeletedData>, { em }: HandlerContext): Promise<void> {
    await deletePolicy(em, event.data.id, event.data.version);
  }

  @OnEvent(insureePolicyAddedEvent, insureePolicyUpdatedEvent)
  async applyInsureePolicy(event: CloudEvent<InsureePolicyState>, { em }: HandlerContext): Promise<void> {
    await upsertInsureePolicies(em, [event.data]);
  }

  @OnEvent(insureePolicyRemovedEvent)
  async applyInsureePolicyRemoval(event: CloudEvent<InsureePolicyRemovedData>, { em }: HandlerContext): Promise<void> {
    await removeInsureePolicy(em, event.data.id, event.data.version);
  }
}
