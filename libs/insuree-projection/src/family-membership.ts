import type { EntityManager } from '@mikro-orm/postgresql';
import type { CloudEvent } from '@imis/contracts';

/** An insuree's membership as the projection holds it: the family it belongs to, unless deleted. */
export interface MembershipRow {
  readonly id: string;
  readonly familyId: string | null;
  readonly deleted: boolean;
}

/** A member joining or leaving a family, as the projection applied it (a move is both). */
export interface FamilyMembershipChange {
  readonly insureeId: string;
  /** The family it was a current member of; null: none, or unknown to the projection until now. */
  readonly fromFamilyId: string | null;
  /** The family it is a current member of now; null: none (left, or deleted). */
  readonly toFamilyId: string | null;
}

/**
 * What a service does when members join or leave families (the policy service: a family's current policies
 * follow its members). Called by the projection's handler in its transaction, after the change is written and
 * the families are locked (`lockFamilyMembership`), with the event that changed them; an error rolls the event
 * back (redelivered). Never called for an event older than what the projection holds.
 */
export interface FamilyMembershipListener {
  membersChanged(em: EntityManager, changes: readonly FamilyMembershipChange[], event: CloudEvent<unknown>): Promise<void>;
}

/** Nest token of the service's `FamilyMembershipListener` (`InsureeProjectionModule.withMembershipListener`). */
export const FAMILY_MEMBERSHIP_LISTENER = Symbol('FAMILY_MEMBERSHIP_LISTENER');

const familyOf = (row: MembershipRow | undefined): string | null => (row && !row.deleted ? row.familyId : null);

/**
 * The memberships a write changed: `before` the rows as they were (absent: not projected yet), `after` the rows
 * the write applied (absent: ignored as older than the stored version). A change of details keeps the family.
 */
export function membershipChanges(before: readonly MembershipRow[], after: readonly MembershipRow[]): FamilyMembershipChange[] {
  const previous = new Map(before.map((row) => [row.id, row]));
  return after
    .map((row) => ({ insureeId: row.id, fromFamilyId: familyOf(previous.get(row.id)), toFamilyId: familyOf(row) }))
    .filter((change) => change.fromFamilyId !== change.toFamilyId);
}

/** The families a change concerns, each once, in id order (the order families are locked in). */
export function familiesOf(changes: readonly FamilyMembershipChange[]): string[] {
  const ids = new Set<string>();
  for (const change of changes) {
    if (change.fromFamilyId) ids.add(change.fromFamilyId);
    if (change.toFamilyId) ids.add(change.toFamilyId);
  }
  return [...ids].sort();
}
