import { centsToMoney, moneyToCents } from '@imis/kernel';
import type { ClaimCategory, LineKind } from './claim-codes';

/** Amounts per bucket: general, in-patient and out-patient (money strings). */
export interface SplitMoney {
  readonly general: string;
  readonly inPatient: string;
  readonly outPatient: string;
}

export type Bucket = keyof SplitMoney;

/** Quantity of an item or service on the insuree's passed lines whose claim falls in this coverage window. */
export interface QuantityUsage {
  readonly insureePolicyId: string;
  readonly kind: LineKind;
  readonly medicalId: string;
  readonly quantity: number;
}

/** Claims of the insuree (Checked or later) of one category whose target date falls in this coverage window. */
export interface CategoryUsage {
  readonly insureePolicyId: string;
  readonly category: ClaimCategory;
  readonly claims: number;
}

/** Deducted and remunerated (against the ceiling) so far: the running ClaimDedRem totals. */
export interface PolicyAmounts {
  readonly policyId: string;
  readonly deducted: SplitMoney;
  readonly remunerated: SplitMoney;
}

export interface InsureeAmounts extends PolicyAmounts {
  readonly insureeId: string;
}

/** A passed line of the insuree in a claim Checked or later, near enough to matter for frequency windows. */
export interface PassedLine {
  readonly insureeId: string;
  readonly claimId: string;
  readonly kind: LineKind;
  readonly medicalId: string;
  readonly targetDate: string;
}

/** What the batch's insurees and policies have consumed so far; adjudication returns it updated. */
export interface UsageCounters {
  readonly quantities: readonly QuantityUsage[];
  readonly categories: readonly CategoryUsage[];
  readonly policyAmounts: readonly PolicyAmounts[];
  readonly insureeAmounts: readonly InsureeAmounts[];
  readonly passedLines: readonly PassedLine[];
}

export const NO_USAGE: UsageCounters = { quantities: [], categories: [], policyAmounts: [], insureeAmounts: [], passedLines: [] };

type SplitCents = Record<Bucket, number>;
interface AmountCents {
  deducted: SplitCents;
  remunerated: SplitCents;
}

const key = (...parts: string[]) => parts.join('\u0000');
const zero = (): AmountCents => ({ deducted: { general: 0, inPatient: 0, outPatient: 0 }, remunerated: { general: 0, inPatient: 0, outPatient: 0 } });
const toCents = (money: SplitMoney): SplitCents => ({
  general: moneyToCents(money.general),
  inPatient: moneyToCents(money.inPatient),
  outPatient: moneyToCents(money.outPatient),
});
const toMoney = (cents: SplitCents): SplitMoney => ({
  general: centsToMoney(cents.general),
  inPatient: centsToMoney(cents.inPatient),
  outPatient: centsToMoney(cents.outPatient),
});

/** What one claim consumes, kept apart until the claim's outcome is known (a rejected claim consumes nothing). */
interface Pending {
  quantities: Map<string, number>;
  categories: Map<string, number>;
  amounts: Map<string, AmountCents>;
  passedLines: PassedLine[];
}

const emptyPending = (): Pending => ({ quantities: new Map(), categories: new Map(), amounts: new Map(), passedLines: [] });

/**
 * The counters indexed for in-memory adjudication, threaded through the claims of a batch in submission order.
 * Reads see what the current claim already consumed (two lines of one claim share a quota), except passed
 * lines: frequency compares with other claims only. `commit` keeps the claim's consumption, `discard` drops it.
 */
export class UsageLedger {
  private readonly quantities = new Map<string, QuantityUsage>();
  private readonly categories = new Map<string, CategoryUsage>();
  private readonly amounts = new Map<string, { policyId: string; insureeId: string | null; cents: AmountCents }>();
  private readonly passedByInsuree = new Map<string, PassedLine[]>();
  private pending = emptyPending();

  constructor(counters: UsageCounters = NO_USAGE) {
    for (const row of counters.quantities) this.quantities.set(key(row.insureePolicyId, row.kind, row.medicalId), row);
    for (const row of counters.categories) this.categories.set(key(row.insureePolicyId, row.category), row);
    for (const row of counters.policyAmounts) this.amounts.set(key(row.policyId), { policyId: row.policyId, insureeId: null, cents: { deducted: toCents(row.deducted), remunerated: toCents(row.remunerated) } });
    for (const row of counters.insureeAmounts) {
      this.amounts.set(key(row.policyId, row.insureeId), { policyId: row.policyId, insureeId: row.insureeId, cents: { deducted: toCents(row.deducted), remunerated: toCents(row.remunerated) } });
    }
    for (const line of counters.passedLines) this.passedLinesOf(line.insureeId).push(line);
  }

  quantityUsed(insureePolicyId: string, kind: LineKind, medicalId: string): number {
    const id = key(insureePolicyId, kind, medicalId);
    return (this.quantities.get(id)?.quantity ?? 0) + (this.pending.quantities.get(id) ?? 0);
  }

  categoryClaims(insureePolicyId: string, category: ClaimCategory): number {
    const id = key(insureePolicyId, category);
    return (this.categories.get(id)?.claims ?? 0) + (this.pending.categories.get(id) ?? 0);
  }

  /** Cents deducted so far from a policy (insureeId null) or from one insuree under it, in one bucket. */
  deducted(policyId: string, insureeId: string | null, bucket: Bucket): number {
    return this.amountOf(policyId, insureeId).deducted[bucket];
  }

  remunerated(policyId: string, insureeId: string | null, bucket: Bucket): number {
    return this.amountOf(policyId, insureeId).remunerated[bucket];
  }

  /** The insuree's passed lines on other claims (this claim's lines join them at commit). */
  passedLines(insureeId: string): readonly PassedLine[] {
    return this.passedByInsuree.get(insureeId) ?? [];
  }

  addQuantity(insureePolicyId: string, kind: LineKind, medicalId: string, quantity: number): void {
    const id = key(insureePolicyId, kind, medicalId);
    this.pending.quantities.set(id, (this.pending.quantities.get(id) ?? 0) + quantity);
  }

  addCategoryClaim(insureePolicyId: string, category: ClaimCategory): void {
    const id = key(insureePolicyId, category);
    this.pending.categories.set(id, (this.pending.categories.get(id) ?? 0) + 1);
  }

  /** Records amounts deducted and remunerated for the policy and for the insuree under it. */
  addAmounts(policyId: string, insureeId: string, buckets: readonly Bucket[], deducted: number, remunerated: number): void {
    for (const id of [key(policyId), key(policyId, insureeId)]) {
      const amount = this.pending.amounts.get(id) ?? zero();
      for (const bucket of buckets) {
        amount.deducted[bucket] += deducted;
        amount.remunerated[bucket] += remunerated;
      }
      this.pending.amounts.set(id, amount);
    }
  }

  addPassedLine(line: PassedLine): void {
    this.pending.passedLines.push(line);
  }

  commit(): void {
    const { quantities, categories, amounts, passedLines } = this.pending;
    for (const [id, quantity] of quantities) {
      const [insureePolicyId, kind, medicalId] = id.split('\u0000');
      this.quantities.set(id, { insureePolicyId, kind: kind as LineKind, medicalId, quantity: (this.quantities.get(id)?.quantity ?? 0) + quantity });
    }
    for (const [id, claims] of categories) {
      const [insureePolicyId, category] = id.split('\u0000');
      this.categories.set(id, { insureePolicyId, category: category as ClaimCategory, claims: (this.categories.get(id)?.claims ?? 0) + claims });
    }
    for (const [id, added] of amounts) {
      const [policyId, insureeId = null] = id.split('\u0000');
      const current = this.amounts.get(id) ?? { policyId, insureeId, cents: zero() };
      this.amounts.set(id, { ...current, cents: sumAmounts(current.cents, added) });
    }
    for (const line of passedLines) this.passedLinesOf(line.insureeId).push(line);
    this.pending = emptyPending();
  }

  discard(): void {
    this.pending = emptyPending();
  }

  /** Plain, sorted rows (the same counters give the same snapshot, whatever order they were built in). */
  snapshot(): UsageCounters {
    const sorted = <T>(rows: Iterable<[string, T]>) => [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
    const amounts = sorted(this.amounts.entries());
    return {
      quantities: sorted(this.quantities.entries()),
      categories: sorted(this.categories.entries()),
      policyAmounts: amounts
        .filter((row) => row.insureeId === null)
        .map((row) => ({ policyId: row.policyId, deducted: toMoney(row.cents.deducted), remunerated: toMoney(row.cents.remunerated) })),
      insureeAmounts: amounts
        .filter((row) => row.insureeId !== null)
        .map((row) => ({ policyId: row.policyId, insureeId: row.insureeId!, deducted: toMoney(row.cents.deducted), remunerated: toMoney(row.cents.remunerated) })),
      passedLines: [...this.passedByInsuree.values()].flat().sort(comparePassedLines),
    };
  }

  private amountOf(policyId: string, insureeId: string | null): AmountCents {
    const id = insureeId === null ? key(policyId) : key(policyId, insureeId);
    const stored = this.amounts.get(id)?.cents ?? zero();
    const pending = this.pending.amounts.get(id);
    return pending ? sumAmounts(stored, pending) : stored;
  }

  private passedLinesOf(insureeId: string): PassedLine[] {
    let lines = this.passedByInsuree.get(insureeId);
    if (!lines) this.passedByInsuree.set(insureeId, (lines = []));
    return lines;
  }
}

function sumAmounts(a: AmountCents, b: AmountCents): AmountCents {
  const add = (x: SplitCents, y: SplitCents): SplitCents => ({ general: x.general + y.general, inPatient: x.inPatient + y.inPatient, outPatient: x.outPatient + y.outPatient });
  return { deducted: add(a.deducted, b.deducted), remunerated: add(a.remunerated, b.remunerated) };
}

function comparePassedLines(a: PassedLine, b: PassedLine): number {
  const ka = key(a.insureeId, a.targetDate, a.claimId, a.kind, a.medicalId);
  const kb = key(b.insureeId, b.targetDate, b.claimId, b.kind, b.medicalId);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
