import type { EntityManager } from '@mikro-orm/postgresql';
import type { ScopeFilter } from '@imis/auth';
import type { DomainError } from '@imis/kernel';
import type { ClaimAdminFields } from '../../domain/claim-admin-fields';
import type { HeldLocations } from '../../domain/scope-rules';
import { checkHealthFacility, checkLinkedUser } from '../references';

/** Checks what a claim administrator's fields point at: a current facility inside the caller's scope, and a login it may manage. */
export async function claimAdminReferenceErrors(
  em: EntityManager,
  fields: ClaimAdminFields,
  scope: ScopeFilter,
  held: ReadonlyMap<string, HeldLocations>,
): Promise<DomainError[]> {
  const errors: DomainError[] = [];
  await checkHealthFacility(em, fields.healthFacilityId, scope, errors);
  checkLinkedUser(fields.userId, scope, held, errors);
  return errors;
}
