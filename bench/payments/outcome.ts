import { Client } from 'pg';
import { percentile } from '../support/open-loop';

/** One payment as the payment service stored it, with the policy its (only) detail names. */
interface PaymentRow {
  status: string;
  rejectedReason: string | null;
  receivedAt: number;
  matchedAt: number | null;
  policyId: string | null;
}

/** A policy as the policy service holds it; `updatedAt` is its activation for an Active bench policy (its only change). */
interface PolicyRow {
  id: string;
  status: string;
  updatedAt: number;
}

export interface Outcome {
  payments: number;
  matched: number;
  rejected: number;
  /** Still RECEIVED (or any other status) when the wait ended. */
  unmatched: number;
  rejectedReasons: Map<string, number>;
  policies: number;
  active: number;
  /** Policies not Active, by status. */
  notActive: Map<string, number>;
  /** Matched payments whose policy is not Active. */
  matchedNotActive: number;
  /** Milliseconds, sorted. */
  toMatched: number[];
  toActive: number[];
  /** First receipt → last match, → last activation (seconds). */
  matchSpan: number;
  activeSpan: number;
}

const PAYMENTS = `select p.status, p.rejected_reason as "rejectedReason", (extract(epoch from p.received_at) * 1000)::float8 as "receivedAt",
    (extract(epoch from p.matched_at) * 1000)::float8 as "matchedAt", d.policy_id as "policyId"
  from payment p left join payment_detail d on d.payment_id = p.id`;
const POLICIES = `select id, status, (extract(epoch from updated_at) * 1000)::float8 as "updatedAt" from policy where deleted_at is null`;

/**
 * Reads both sides into node and joins them per payment: notification received (payment.received_at) →
 * matched (matched_at), and → its policy Active (policy.updated_at in the policy database).
 */
export async function readOutcome(paymentDatabaseUrl: string, policyDatabaseUrl: string): Promise<Outcome> {
  const payments = await rows<PaymentRow>(paymentDatabaseUrl, PAYMENTS);
  const policies = await rows<PolicyRow>(policyDatabaseUrl, POLICIES);
  const byId = new Map(policies.map((policy) => [policy.id, policy]));
  const toMatched: number[] = [];
  const toActive: number[] = [];
  const rejectedReasons = new Map<string, number>();
  let matched = 0;
  let rejected = 0;
  let matchedNotActive = 0;
  let firstReceipt = Number.POSITIVE_INFINITY;
  let lastMatch = Number.NEGATIVE_INFINITY;
  let lastActivation = Number.NEGATIVE_INFINITY;
  for (const payment of payments) {
    firstReceipt = Math.min(firstReceipt, payment.receivedAt);
    if (payment.status === 'REJECTED') {
      rejected++;
      const reason = payment.rejectedReason ?? '(no reason)';
      rejectedReasons.set(reason, (rejectedReasons.get(reason) ?? 0) + 1);
      continue;
    }
    if (payment.status !== 'MATCHED' || payment.matchedAt === null) continue;
    matched++;
    toMatched.push(payment.matchedAt - payment.receivedAt);
    lastMatch = Math.max(lastMatch, payment.matchedAt);
    const policy = payment.policyId ? byId.get(payment.policyId) : undefined;
    if (policy?.status !== 'ACTIVE') {
      matchedNotActive++;
      continue;
    }
    toActive.push(policy.updatedAt - payment.receivedAt);
    lastActivation = Math.max(lastActivation, policy.updatedAt);
  }
  const notActive = new Map<string, number>();
  for (const policy of policies) if (policy.status !== 'ACTIVE') notActive.set(policy.status, (notActive.get(policy.status) ?? 0) + 1);
  toMatched.sort((a, b) => a - b);
  toActive.sort((a, b) => a - b);
  return {
    payments: payments.length,
    matched,
    rejected,
    unmatched: payments.length - matched - rejected,
    rejectedReasons,
    policies: policies.length,
    active: policies.length - [...notActive.values()].reduce((sum, count) => sum + count, 0),
    notActive,
    matchedNotActive,
    toMatched,
    toActive,
    matchSpan: (lastMatch - firstReceipt) / 1000,
    activeSpan: (lastActivation - firstReceipt) / 1000,
  };
}

/** The figures, and every failure spelled out. */
export function printOutcome(outcome: Outcome): boolean {
  const rate = (count: number, seconds: number) => (count > 0 && seconds > 0 ? (count / seconds).toFixed(0) : '-');
  const latency = (sorted: number[]) =>
    sorted.length === 0 ? 'none' : `p50 ${percentile(sorted, 0.5).toFixed(0)} ms, p99 ${percentile(sorted, 0.99).toFixed(0)} ms, max ${sorted[sorted.length - 1]!.toFixed(0)} ms`;
  console.log(
    `Matching: ${outcome.matched.toLocaleString('en')} of ${outcome.payments.toLocaleString('en')} payments matched; ${rate(outcome.matched, outcome.matchSpan)} matched/s (first receipt to last match, ${outcome.matchSpan.toFixed(1)} s)`,
  );
  console.log(
    `Activation: ${outcome.active.toLocaleString('en')} of ${outcome.policies.toLocaleString('en')} policies Active; ${rate(outcome.toActive.length, outcome.activeSpan)} activated/s (first receipt to last activation, ${outcome.activeSpan.toFixed(1)} s)`,
  );
  console.log(`Notification → matched:       ${latency(outcome.toMatched)} (received_at → matched_at)`);
  console.log(`Notification → Active policy: ${latency(outcome.toActive)} (received_at → the policy’s updated_at in the policy database)`);
  const failures: string[] = [];
  if (outcome.rejected > 0) failures.push(`${outcome.rejected} payments REJECTED: ${[...outcome.rejectedReasons].map(([reason, count]) => `${count} × ${reason}`).join('; ')}`);
  if (outcome.unmatched > 0) failures.push(`${outcome.unmatched} payments neither matched nor rejected at the deadline`);
  if (outcome.notActive.size > 0) failures.push(`${outcome.policies - outcome.active} policies not Active at the deadline: ${[...outcome.notActive].map(([status, count]) => `${count} ${status}`).join(', ')}`);
  if (outcome.matchedNotActive > 0) failures.push(`${outcome.matchedNotActive} matched payments whose policy is not Active`);
  console.log(failures.length === 0 ? 'Failures: none' : `FAILURES:\n  - ${failures.join('\n  - ')}`);
  return failures.length === 0;
}

async function rows<T>(databaseUrl: string, query: string): Promise<T[]> {
  const sql = new Client({ connectionString: databaseUrl });
  await sql.connect();
  try {
    return (await sql.query(query)).rows as T[];
  } finally {
    await sql.end();
  }
}
