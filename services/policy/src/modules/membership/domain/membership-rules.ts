import { moneyToCents } from '@imis/kernel';
import { effectiveDateOnPayment } from '../../policy-value';

/** Statuses of the policies a family's new or leaving member changes: not Expired (deleted ones are never read). */
export const MEMBERSHIP_STATUSES = ['IDLE', 'ACTIVE', 'READY', 'SUSPENDED'] as const;

export interface JoinedPolicy {
  readonly status: string;
  readonly paidTotal: string;
  readonly enrolDate: string;
  readonly startDate: string;
  readonly expiryDate: string;
}

/**
 * Whether a member joining on `joinedOn` gets a row on the policy: only while the policy runs (a join dated
 * before the policy's enrolment was counted, or left out, when the policy was created; a replayed old event
 * changes nothing).
 */
export function joinsPolicy(policy: JoinedPolicy, joinedOn: string): boolean {
  return policy.enrolDate <= joinedOn && joinedOn <= policy.expiryDate;
}

/** Whether one more member fits the product's member cap. */
export function fitsMemberCap(currentRows: number, memberCount: number): boolean {
  return currentRows + 1 <= memberCount;
}

/**
 * The joining member's effective date (domain §3): covered from the join (not before the policy's start)
 * when the policy is activated (Active or Ready) and its paid total still covers the recomputed value;
 * otherwise null, until a contribution covers it (activation covers members still uncovered).
 */
export function joiningEffectiveDate(policy: JoinedPolicy, value: string, joinedOn: string): string | null {
  const activated = policy.status === 'ACTIVE' || policy.status === 'READY';
  return activated && moneyToCents(policy.paidTotal) >= moneyToCents(value) ? effectiveDateOnPayment(joinedOn, policy.startDate) : null;
}

export interface MembershipRequest {
  readonly policy: JoinedPolicy;
  /** Members holding a current row on the policy, in row order. */
  readonly holders: readonly string[];
  /** The product's member cap. */
  readonly memberCount: number;
  /** Members who left the policy's family. */
  readonly leavers: readonly string[];
  /** Members who joined the policy's family on `joinedOn`. */
  readonly joiners: readonly string[];
  readonly joinedOn: string;
}

export interface MembershipPlan {
  /** Holders whose rows are removed. */
  readonly leaving: readonly string[];
  /** Members who get a row. */
  readonly joining: readonly string[];
  /** Members who joined the family but get no row: the cap is reached. */
  readonly aboveCap: readonly string[];
  /** Who holds rows afterwards: what the policy's value is computed for. */
  readonly holders: readonly string[];
}

/**
 * What members joining and leaving a family change on one of its current policies: leavers lose their rows;
 * joiners get one while the policy runs (`joinsPolicy`), unless they hold one already or the cap is reached.
 */
export function planMembership({ policy, holders, memberCount, leavers, joiners, joinedOn }: MembershipRequest): MembershipPlan {
  const leaving = holders.filter((id) => leavers.includes(id));
  const remaining = holders.filter((id) => !leavers.includes(id));
  const joining: string[] = [];
  const aboveCap: string[] = [];
  if (joinsPolicy(policy, joinedOn)) {
    for (const id of joiners) {
      if (remaining.includes(id) || joining.includes(id)) continue;
      if (fitsMemberCap(remaining.length + joining.length, memberCount)) joining.push(id);
      else aboveCap.push(id);
    }
  }
  return { leaving, joining, aboveCap, holders: [...remaining, ...joining] };
}
