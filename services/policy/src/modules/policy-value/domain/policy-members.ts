import { ageOn } from '@imis/kernel';

/** Relationship lookup code of "Others": members never inside a product's lump sum. */
export const OTHER_RELATIONSHIP = '7';

/** A family member as the policy value needs it (an insuree projection row fits). */
export interface PolicyMember {
  readonly id: string;
  /** YYYY-MM-DD */
  readonly birthDate: string;
  /** Lookup code of the relationship to the head; null when not given. */
  readonly relationship: string | null;
}

/** Member ids by bucket: adults, children, other adults, other children. */
export interface MemberBuckets {
  readonly adults: readonly string[];
  readonly children: readonly string[];
  readonly otherAdults: readonly string[];
  readonly otherChildren: readonly string[];
}

export interface CountedMembers {
  /** The members the policy counts, at most the product's memberCount. */
  readonly counted: MemberBuckets;
  /** Members above the cap, in the order they were left out (others first). */
  readonly uncounted: readonly string[];
}

/**
 * Sorts members into buckets (adult: age ≥ ageOfMajority on the enrolment date; "other": relationship 7),
 * then keeps at most memberCount of them: adults first, then children, other children, other adults
 * (openIMIS's Python order), each bucket in the order given.
 */
export function countMembers(members: readonly PolicyMember[], memberCount: number, enrolDate: string, ageOfMajority: number): CountedMembers {
  const buckets = { adults: [] as string[], children: [] as string[], otherAdults: [] as string[], otherChildren: [] as string[] };
  for (const member of members) {
    const adult = ageOn(member.birthDate, enrolDate) >= ageOfMajority;
    const other = member.relationship === OTHER_RELATIONSHIP;
    (other ? (adult ? buckets.otherAdults : buckets.otherChildren) : adult ? buckets.adults : buckets.children).push(member.id);
  }
  let room = Math.max(0, memberCount);
  const keep = (ids: string[]) => {
    const kept = ids.slice(0, room);
    room -= kept.length;
    return kept;
  };
  const counted = { adults: keep(buckets.adults), children: keep(buckets.children), otherChildren: keep(buckets.otherChildren), otherAdults: keep(buckets.otherAdults) };
  const uncounted = [...buckets.otherAdults.slice(counted.otherAdults.length), ...buckets.otherChildren.slice(counted.otherChildren.length), ...buckets.children.slice(counted.children.length), ...buckets.adults.slice(counted.adults.length)];
  return { counted, uncounted };
}

export function memberTotal(buckets: MemberBuckets): number {
  return buckets.adults.length + buckets.children.length + buckets.otherAdults.length + buckets.otherChildren.length;
}
