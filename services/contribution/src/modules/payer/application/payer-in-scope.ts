import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { refuse } from '@imis/application';
import { allows, type ScopeFilter } from '@imis/auth';
import { mayChangeLocated } from '@imis/location-projection';
import { isUuid } from '@imis/persistence';
import { payerErrors } from '../domain/payer.errors';
import { Payer } from '../infrastructure/payer.entity';

/** A current payer the scope may change, its row locked; PAYER_NOT_FOUND otherwise. */
export async function payerToChange(tx: EntityManager, id: string, scope: ScopeFilter): Promise<Payer> {
  if (!isUuid(id)) refuse(payerErrors.notFound());
  const payer = (await tx.findOne(Payer, { id, deletedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE })) ?? refuse(payerErrors.notFound());
  if (!mayChangeLocated(scope, payer.locationId)) refuse(payerErrors.notFound());
  return payer;
}

/** A current payer visible in this scope (national, or placed in it), or null. */
export async function visiblePayer(tx: EntityManager, id: string, visible: ScopeFilter): Promise<Payer | null> {
  if (!isUuid(id)) return null;
  const payer = await tx.findOne(Payer, { id, deletedAt: null });
  return payer && (payer.locationId === null || allows(visible, payer.locationId)) ? payer : null;
}
