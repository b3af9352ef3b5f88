import type { EntityManager } from '@mikro-orm/postgresql';
import { flushOrRefuse, orRefuse, refuse } from '@imis/application';
import { createEvent, premiumAddedEvent, premiumDeletedEvent, premiumUpdatedEvent, type PolicyContributions } from '@imis/contracts';
import { centsToMoney, moneyToCents } from '@imis/kernel';
import { recordEvent } from '@imis/messaging';
import { decidePremium, type PremiumAction, type PremiumWarning } from '../domain/premium-balance';
import { payDateFitsPolicy, type PremiumFields } from '../domain/premium-fields';
import { premiumErrors } from '../domain/premium.errors';
import { lockContributions, recomputeContributions, type LockedContributions } from '../infrastructure/policy-contributions.sql';
import { Premium } from '../infrastructure/premium.entity';
import { PREMIUM_RECEIPT_UNIQUE_INDEX } from '../infrastructure/premium.indexes';
import type { PremiumTarget } from './premium-target';
import { premiumState, premiumView, type PremiumView } from './premium.view';

/** What a premium command answers: the premium, and the policy's paid total and balance after it as this service knows them. */
export interface PremiumChange {
  premium: PremiumView;
  paidTotal: string;
  /** value − paid total; null when the policy is not in the projection (yet). */
  balance: string | null;
  warnings: PremiumWarning[];
}

export interface NewPremium extends PremiumFields {
  /** Given by a matched payment or a funding (their premium ids); a new UUID v7 otherwise. */
  id?: string;
  payerId: string | null;
}

const RECEIPT_TAKEN = `select 1 from premium where product_id = ? and receipt = ? and deleted_at is null and id <> ? limit 1`;

/**
 * The one path of every premium change (users, matched payments, fundings): the policy's contributions row
 * locked first, the receipt checked against the product's current premiums (the unique index settles a race
 * between two policies), the premium written, the row recomputed to its next revision and the event recorded
 * with it, all in the caller's transaction.
 */
export async function addPremium(tx: EntityManager, target: PremiumTarget, data: NewPremium, action: PremiumAction, actor: string): Promise<PremiumChange> {
  const locked = await lockContributions(tx, target.policyId);
  const id = data.id ?? undefined;
  await expectReceiptFree(tx, target.productId, data.receipt, id ?? null);
  const warnings = decide(target, data, action, locked, { amount: '0', isPhotoFee: true });
  const premium = tx.create(Premium, {
    ...(id ? { id } : {}),
    policyId: target.policyId,
    productId: target.productId,
    payerId: data.payerId,
    amount: data.amount,
    receipt: data.receipt,
    payDate: data.payDate,
    payType: data.payType,
    isPhotoFee: data.isPhotoFee,
    isOffline: data.isOffline,
    source: data.source,
    changedBy: actor,
  });
  await flushOrRefuse(tx, { [PREMIUM_RECEIPT_UNIQUE_INDEX]: premiumErrors.receiptTaken });
  const contributions = await recomputeContributions(tx, target.policyId);
  recordEvent(tx, createEvent(premiumAddedEvent, { subject: premium.id, data: premiumState(premium, contributions) }));
  return answer(premium, target, contributions, warnings);
}

/** Locks the policy's row, then the premium as it is now (a change made before the lock is seen). */
export async function lockedPremium(tx: EntityManager, premium: Premium): Promise<{ premium: Premium; locked: LockedContributions }> {
  const locked = await lockContributions(tx, premium.policyId);
  const current = (await tx.findOne(Premium, { id: premium.id, deletedAt: null }, { refresh: true })) ?? refuse(premiumErrors.notFound());
  return { premium: current, locked };
}

export async function updatePremium(
  tx: EntityManager,
  target: PremiumTarget,
  premium: Premium,
  locked: LockedContributions,
  data: PremiumFields & { payerId: string | null },
  action: PremiumAction,
  actor: string,
): Promise<PremiumChange> {
  if (data.receipt !== premium.receipt) await expectReceiptFree(tx, target.productId, data.receipt, premium.id);
  const warnings = decide(target, data, action, locked, premium);
  Object.assign(premium, {
    payerId: data.payerId,
    amount: data.amount,
    receipt: data.receipt,
    payDate: data.payDate,
    payType: data.payType,
    isPhotoFee: data.isPhotoFee,
    isOffline: data.isOffline,
    source: data.source,
  });
  premium.markChanged(actor);
  await flushOrRefuse(tx, { [PREMIUM_RECEIPT_UNIQUE_INDEX]: premiumErrors.receiptTaken });
  const contributions = await recomputeContributions(tx, target.policyId);
  recordEvent(tx, createEvent(premiumUpdatedEvent, { subject: premium.id, data: premiumState(premium, contributions) }));
  return answer(premium, target, contributions, warnings);
}

/** A reversal: the premium soft-deleted, the paid total recomputed (the policy service flags an under-paid policy). */
export async function deletePremium(tx: EntityManager, target: PremiumTarget, premium: Premium, actor: string): Promise<PremiumChange> {
  premium.markDeleted(actor);
  await tx.flush();
  const contributions = await recomputeContributions(tx, target.policyId);
  recordEvent(
    tx,
    createEvent(premiumDeletedEvent, { subject: premium.id, data: { id: premium.id, policyId: premium.policyId, version: premium.version, policyContributions: contributions } }),
  );
  return answer(premium, target, contributions, []);
}

async function expectReceiptFree(tx: EntityManager, productId: string, receipt: string, exceptId: string | null): Promise<void> {
  const taken = await tx.execute(RECEIPT_TAKEN, [productId, receipt, exceptId ?? '00000000-0000-0000-0000-000000000000']);
  if (taken.length > 0) refuse(premiumErrors.receiptTaken());
}

/** Not before the enrolment; then the §4 decision against the policy's other non-photo premiums (`previous`: what this premium counted before). */
function decide(
  target: PremiumTarget,
  data: PremiumFields,
  action: PremiumAction,
  locked: LockedContributions,
  previous: { amount: string; isPhotoFee: boolean },
): PremiumWarning[] {
  if (!target.terms) return [];
  orRefuse(payDateFitsPolicy(data.payDate, target.terms.enrolDate));
  const counted = previous.isPhotoFee ? 0 : moneyToCents(previous.amount);
  const otherPaid = centsToMoney(moneyToCents(locked.paidTotal) - counted);
  const installments = locked.installments - (previous.isPhotoFee ? 0 : 1) + (data.isPhotoFee ? 0 : 1);
  return decidePremium(target.terms, { amount: data.amount, payDate: data.payDate, isPhotoFee: data.isPhotoFee, action, otherPaid, installments }).warnings;
}

function answer(premium: Premium, target: PremiumTarget, contributions: PolicyContributions, warnings: PremiumWarning[]): PremiumChange {
  const balance = target.terms ? centsToMoney(moneyToCents(target.terms.value) - moneyToCents(contributions.paidTotal)) : null;
  return { premium: premiumView(premium), paidTotal: contributions.paidTotal, balance, warnings };
}
