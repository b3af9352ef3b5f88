import type { EntityManager } from '@mikro-orm/core';
import { createEvent, insureeDeletedEvent, insureeMovedEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import type { Insuree } from '../../infrastructure/insuree.entity';

/** Members leave their family: detached (no family any more) or deleted, each with its event. */
export async function leaveFamily(tx: EntityManager, members: readonly Insuree[], how: 'detach' | 'delete', actor: string): Promise<void> {
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
