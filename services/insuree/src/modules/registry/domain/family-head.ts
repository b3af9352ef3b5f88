import { type DomainError, ok, refused, type Result } from '@imis/kernel';
import { registryErrors } from './registry.errors';

/** A snapshot of a family's members; `memberIds` includes the head. */
export interface FamilyMembership {
  readonly familyId: string;
  readonly headId: string;
  readonly memberIds: readonly string[];
}

/** How a new family gets its head: a nested new insuree, or an existing one by id (exactly one of them). */
export function familyHeadSource(input: { headInsureeId?: string | null; hasNewHeadInsuree: boolean }): Result<
  { kind: 'new' } | { kind: 'existing'; insureeId: string }
> {
  const id = input.headInsureeId?.trim() || null;
  if (id !== null && input.hasNewHeadInsuree) return refused(registryErrors.familyHeadAmbiguous());
  if (id !== null) return ok({ kind: 'existing', insureeId: id });
  return input.hasNewHeadInsuree ? ok({ kind: 'new' }) : refused(registryErrors.familyHeadRequired());
}

/** Makes another member the head (the old head stays a member). */
export function setHead(membership: FamilyMembership, newHeadId: string): Result<FamilyMembership> {
  if (newHeadId === membership.headId) return refused(registryErrors.familyAlreadyHead());
  if (!membership.memberIds.includes(newHeadId)) return refused(registryErrors.familyHeadNotMember());
  return ok({ ...membership, headId: newHeadId });
}

/** Detaches members from the family (they stay insurees, without a family). */
export function removeMembers(membership: FamilyMembership, ids: readonly string[]): Result<FamilyMembership> {
  return withoutMembers(membership, ids, registryErrors.familyHeadCannotBeRemoved());
}

/** Members about to be soft-deleted; the head cannot be one of them. */
export function deleteMembers(membership: FamilyMembership, ids: readonly string[]): Result<FamilyMembership> {
  return withoutMembers(membership, ids, registryErrors.familyHeadCannotBeDeleted());
}

/** Moves an insuree into `to`, from its family `from` (null for an insuree without a family). */
export function moveMember(
  from: FamilyMembership | null,
  to: FamilyMembership,
  insureeId: string,
): Result<{ from: FamilyMembership | null; to: FamilyMembership }> {
  if (from?.familyId === to.familyId || to.memberIds.includes(insureeId)) return refused(registryErrors.insureeAlreadyInFamily());
  if (from === null) return ok({ from, to: { ...to, memberIds: [...to.memberIds, insureeId] } });
  if (insureeId === from.headId) return refused(registryErrors.familyHeadCannotBeRemoved('insureeId'));
  if (!from.memberIds.includes(insureeId)) return refused(registryErrors.insureeNotInFamily(insureeId, 'insureeId'));
  return ok({
    from: { ...from, memberIds: from.memberIds.filter((id) => id !== insureeId) },
    to: { ...to, memberIds: [...to.memberIds, insureeId] },
  });
}

function withoutMembers(membership: FamilyMembership, ids: readonly string[], headError: DomainError): Result<FamilyMembership> {
  const leaving = new Set(ids);
  const errors: DomainError[] = [];
  if (leaving.has(membership.headId)) errors.push(headError);
  for (const id of leaving) {
    if (!membership.memberIds.includes(id)) errors.push(registryErrors.insureeNotInFamily(id));
  }
  if (errors.length > 0) return refused(...errors);
  return ok({ ...membership, memberIds: membership.memberIds.filter((id) => !leaving.has(id)) });
}
