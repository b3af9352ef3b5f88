import { ok, refused, type DomainError, type Result } from '@imis/kernel';
import { locationErrors } from './location.errors';
import { parentTypeOf, type LocationTypeCode } from './location-type';

/** A location's place in the tree: its ancestors are stored root first, itself excluded. */
export interface LocationNode {
  readonly id: string;
  readonly type: LocationTypeCode;
  readonly parentId: string | null;
  readonly ancestorIds: readonly string[];
}

/** A parent looked up by id: `null` when no current location has that id. */
export type FoundParent = LocationNode | null;

/** The ancestors of a location placed directly under `parent`. */
export function ancestorsUnder(parent: LocationNode): string[] {
  return [...parent.ancestorIds, parent.id];
}

export function isInSubtreeOf(candidate: LocationNode, root: LocationNode): boolean {
  return candidate.id === root.id || candidate.ancestorIds.includes(root.id);
}

/** Where a new location of `type` goes: a region has no parent, any other level sits under the level above. */
export function placeNewLocation(
  type: LocationTypeCode,
  parentId: string | null | undefined,
  parent: FoundParent,
): Result<{ ancestorIds: string[] }> {
  const expected = parentTypeOf(type);
  if (expected === null) return parentId ? refused(locationErrors.regionHasNoParent('parentId')) : ok({ ancestorIds: [] });
  if (!parentId) return refused(locationErrors.parentRequired(type));
  if (!parent) return refused(locationErrors.parentNotFound('parentId'));
  if (parent.type !== expected) return refused(locationErrors.parentWrongLevel(type, expected, 'parentId'));
  return ok({ ancestorIds: ancestorsUnder(parent) });
}

/**
 * Re-parenting: the new parent must be of the level directly above the moved location (so the subtree
 * keeps its levels) and outside the moved subtree. Moving to the current parent changes nothing.
 */
export function planMove(
  location: LocationNode,
  newParent: FoundParent,
): Result<{ ancestorIds: string[]; changed: boolean }> {
  const field = 'newParentId';
  const expected = parentTypeOf(location.type);
  if (expected === null) return refused(locationErrors.regionHasNoParent(field));
  if (!newParent) return refused(locationErrors.parentNotFound(field));
  if (isInSubtreeOf(newParent, location)) return refused(locationErrors.moveCycle(field));
  if (newParent.type !== expected) return refused(locationErrors.parentWrongLevel(location.type, expected, field));
  return ok({ ancestorIds: ancestorsUnder(newParent), changed: newParent.id !== location.parentId });
}

export interface DeletionContext {
  /** Current (not deleted) children of the location. */
  readonly childCount: number;
  /** Why records of other modules keep the location (e.g. a district's health facilities): each blocks the deletion. */
  readonly inUse: readonly DomainError[];
  /** Where the children go, when the caller gave a new parent: `null` when that id was not found. */
  readonly newParent?: FoundParent;
}

/**
 * A location with current children can only be deleted when a new parent of its own level is given:
 * the children are moved there. Health facilities are not moved implicitly: they block the deletion.
 */
export function planDelete(location: LocationNode, context: DeletionContext): Result<{ newParent: LocationNode | null }> {
  const field = 'newParentId';
  if (context.inUse.length > 0) return refused(...context.inUse);
  if (context.newParent === undefined) {
    return context.childCount > 0 ? refused(locationErrors.hasChildren(context.childCount)) : ok({ newParent: null });
  }
  const newParent = context.newParent;
  if (!newParent) return refused(locationErrors.parentNotFound(field));
  if (isInSubtreeOf(newParent, location)) return refused(locationErrors.moveCycle(field));
  if (newParent.type !== location.type) return refused(locationErrors.newParentWrongLevel(location.type));
  return ok({ newParent });
}
