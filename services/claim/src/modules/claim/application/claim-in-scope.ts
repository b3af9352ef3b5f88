import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { refuse } from '@imis/application';
import { isUuid } from '@imis/persistence';
import { claimErrors } from '../domain/claim.errors';
import { claimsIn } from '../infrastructure/claim-conditions';
import { Claim } from '../infrastructure/claim.entity';
import type { ClaimScope } from './claim-scope';

/** A current claim of the scope, its row locked for the change; CLAIM_NOT_FOUND otherwise (out of scope included). */
export async function claimInScope(tx: EntityManager, id: string, scope: ClaimScope, field = 'id'): Promise<Claim> {
  if (!isUuid(id)) refuse(claimErrors.notFound(field));
  const claim = await tx.findOne(Claim, { $and: [{ id, deletedAt: null }, ...claimsIn(scope)] }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  return claim ?? refuse(claimErrors.notFound(field));
}

/** The current claims of the scope among these ids, rows locked, by id (one query). */
export async function claimsInScope(tx: EntityManager, ids: readonly string[], scope: ClaimScope): Promise<Map<string, Claim>> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (valid.length === 0) return new Map();
  const rows = await tx.find(Claim, { $and: [{ id: { $in: valid }, deletedAt: null }, ...claimsIn(scope)] }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } });
  return new Map(rows.map((row) => [row.id, row]));
}
