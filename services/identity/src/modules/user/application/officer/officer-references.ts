import type { EntityManager } from '@mikro-orm/postgresql';
import type { ScopeFilter } from '@imis/auth';
import type { DomainError } from '@imis/kernel';
import { isUuid } from '@imis/persistence';
import type { OfficerFields } from '../../domain/officer-fields';
import type { HeldLocations } from '../../domain/scope-rules';
import { checkSubstitution } from '../../domain/substitution-chain';
import { userAdminErrors } from '../../domain/user-admin.errors';
import { EnrolmentOfficer } from '../../infrastructure/enrolment-officer.entity';
import { checkLinkedUser, checkVillages } from '../references';
import { officerScopeCondition } from './officer.queries';

/**
 * Checks what an officer's fields point at: current villages inside the caller's scope, a login it may
 * manage (`held`: what the users concerned hold, locked) and a substitute it sees whose chain of
 * substitutes does not come back to the officer.
 */
export async function officerReferenceErrors(
  em: EntityManager,
  officerId: string,
  fields: OfficerFields,
  scope: ScopeFilter,
  held: ReadonlyMap<string, HeldLocations>,
): Promise<DomainError[]> {
  const errors: DomainError[] = [];
  await checkVillages(em, fields.villageIds, scope, errors);
  checkLinkedUser(fields.userId, scope, held, errors);
  if (fields.substitutionOfficerId !== null) {
    const substitute = fields.substitutionOfficerId;
    const chain = await substitutionChain(em, substitute);
    const known = substitute === officerId || (chain.has(substitute) && (await isVisible(em, substitute, scope)));
    if (!known) errors.push(userAdminErrors.unknownSubstitutionOfficer());
    else {
      const loop = checkSubstitution(officerId, fields.substitutionOfficerId, chain);
      if (!loop.ok) errors.push(...loop.errors);
    }
  }
  return errors;
}

/** The current officers reachable from `startId` along substitutions, with their substitutes (one recursive query). */
async function substitutionChain(em: EntityManager, startId: string): Promise<Map<string, string | null>> {
  if (!isUuid(startId)) return new Map();
  const rows = await em.execute<{ id: string; substitution_officer_id: string | null }[]>(
    `with recursive chain(id, substitution_officer_id) as (
       select id, substitution_officer_id from enrolment_officer where id = ? and deleted_at is null
       union
       select o.id, o.substitution_officer_id from enrolment_officer o join chain c on o.id = c.substitution_officer_id
       where o.deleted_at is null
     ) select id, substitution_officer_id from chain`,
    [startId],
  );
  return new Map(rows.map((row) => [row.id, row.substitution_officer_id]));
}

/** A substitute must be an officer the caller sees: naming one outside its scope is refused as unknown. */
async function isVisible(em: EntityManager, id: string, scope: ScopeFilter): Promise<boolean> {
  return (await em.count(EnrolmentOfficer, { $and: [{ id, deletedAt: null }, officerScopeCondition(scope)] })) > 0;
}
