import type { PolicyFacts, ProductFacts } from './payment-facts';

/** The policy a payment line pays for, and whether it is already Active (a renewal paid in advance). */
export interface FoundPolicy {
  readonly policy: PolicyFacts;
  readonly paidInAdvance: boolean;
  /** Cents still to pay: value − paid for an unpaid policy; for one paid in advance, the value of the renewal to come (its current value). */
  readonly outstandingCents: number;
}

const WAITING_FOR_PAYMENT = new Set(['IDLE', 'READY']);

/**
 * §5.4 lookup: the family's current policy on the product, Suspended and Expired ones excluded. One waiting
 * for payment (Idle, Ready) comes first, the latest starting; else the latest Active one, which the payment
 * renews in advance.
 */
export function findPolicy(policies: readonly PolicyFacts[], familyId: string, productId: string): FoundPolicy | null {
  const candidates = policies
    .filter((policy) => policy.familyId === familyId && policy.productId === productId && policy.status !== 'SUSPENDED' && policy.status !== 'EXPIRED')
    .sort((a, b) => (a.startDate === b.startDate ? (a.id < b.id ? 1 : -1) : a.startDate < b.startDate ? 1 : -1));
  const waiting = candidates.find((policy) => WAITING_FOR_PAYMENT.has(policy.status));
  if (waiting) return { policy: waiting, paidInAdvance: false, outstandingCents: Math.max(0, waiting.valueCents - waiting.paidCents) };
  const active = candidates.find((policy) => policy.status === 'ACTIVE');
  return active ? { policy: active, paidInAdvance: true, outstandingCents: active.valueCents } : null;
}

/** The family's latest policy on the product in any status (what a renewal renews). */
export function latestPolicy(policies: readonly PolicyFacts[], familyId: string, productId: string): PolicyFacts | null {
  const own = policies.filter((policy) => policy.familyId === familyId && policy.productId === productId);
  return own.sort((a, b) => (a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : 0))[0] ?? null;
}

/** Sold at the family's place (national, or its region or district above the village) on that day (sale window). */
export function soldAt(product: ProductFacts, area: readonly string[], day: string): boolean {
  return (product.locationId === null || area.includes(product.locationId)) && product.dateFrom <= day && day <= product.dateTo;
}

/** The officer may sell the product: national, or the product's location above one of the officer's villages. */
export function officerSells(officerArea: readonly string[], product: ProductFacts): boolean {
  return product.locationId === null || officerArea.includes(product.locationId);
}
