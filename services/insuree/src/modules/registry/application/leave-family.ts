import type { EntityManager } from '@mikro-orm/core';
import { refuse } from '@imis/application';
import { createEvent, insureeDeletedEvent, insureeMovedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import type { ScopedCommandMeta } from '../../../shared/application/scoped-command-meta';
import { deleteMembers, removeMembers } from '../domain/family-head';
import type { Insuree } from '../infrastructure/insuree.entity';
import { RegistryRecords } from '../infrastructure/registry-records';
import { insureeChangeRefusal } from '../domain/scope-rules';
import { insureeView, type InsureeView } from './insuree.view';

/** How insurees leave their family: detached (no family any more) or deleted. */
export type Leaving = 'detach' | 'delete';

/** Members leave their family, each with its event. */
export async function leaveFamily(tx: EntityManager, members: readonly Insuree[], how: Leaving, actor: string): Promise<void> {
  const familyIds = new Map(members.map((member) => [member.id, member.familyId]));
  for (const member of members) {
    if (how === 'delete') member.markDeleted(actor);
    else {
      tx.assign(member, { familyId: null, isHead: false, familyVillageId: null });
      member.markChanged(actor);
    }
  }
  await tx.flush();
  for (const member of members) {
    const fromFamilyId = familyIds.get(member.id) ?? null;
    recordEvent(
      tx,
      how === 'delete'
        ? createEvent(insureeDeletedEvent, {
            subject: member.id,
            data: { id: member.id, insuranceNumber: member.insuranceNumber, familyId: fromFamilyId, version: member.version },
          })
        : createEvent(insureeMovedEvent, {
            subject: member.id,
            data: { id: member.id, fromFamilyId, toFamilyId: null, familyVillageId: null, version: member.version },
          }),
    );
  }
}

/**
 * Insurees chosen by id leave their families (removeInsurees, deleteInsurees): never a family's head,
 * all or nothing, every refusal reported at once.
 */
export async function insureesLeave(tx: EntityManager, insureeIds: readonly string[], how: Leaving, { actor, scope }: ScopedCommandMeta): Promise<{ insurees: InsureeView[] }> {
  const ids = [...new Set(insureeIds)];
  const records = new RegistryRecords(tx);
  const insurees = await records.insurees(ids);
  const found = new Map(insurees.map((insuree) => [insuree.id, insuree]));
  // Unknown ids and insurees the sender may not change, in the order given, answered alike.
  const errors = ids.flatMap((id) => insureeChangeRefusal(found.get(id) ?? null, scope, 'insureeIds') ?? []);
  if (errors.length > 0) refuse(...errors);
  const familyIds = insurees.flatMap((insuree) => (insuree.familyId ? [insuree.familyId] : []));
  const headRefusals = (await records.memberships(familyIds)).flatMap((membership) => {
    const leaving = insurees.filter((insuree) => insuree.familyId === membership.familyId).map((insuree) => insuree.id);
    const result = how === 'delete' ? deleteMembers(membership, leaving) : removeMembers(membership, leaving);
    return result.ok ? [] : result.errors;
  });
  if (headRefusals.length > 0) refuse(...headRefusals);
  const leavers = how === 'delete' ? insurees : insurees.filter((insuree) => insuree.familyId !== null);
  await leaveFamily(tx, leavers, how, actor);
  return { insurees: insurees.map(insureeView) };
}
