import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  familyCreatedEvent,
  familyDeletedEvent,
  familyHeadChangedEvent,
  familyLifecycle,
  familyUpdatedEvent,
  insureeCreatedEvent,
  insureeDeletedEvent,
  insureeLifecycle,
  insureeMovedEvent,
  insureesImportedEvent,
  insureeStatusChangedEvent,
  insureeUpdatedEvent,
  type CloudEvent,
  type FamilyDeletedData,
  type FamilyHeadChangedData,
  type FamilyState,
  type InsureeDeletedData,
  type InsureeMovedData,
  type InsureesImportedData,
  type InsureeState,
  type InsureeStatusChangedData,
} from '@imis/contracts';
import { DurableConsumer, OnEvent, type HandlerContext } from '@imis/messaging';
import { FAMILY_MEMBERSHIP_LISTENER, familiesOf, type FamilyMembershipListener, membershipChanges, type MembershipRow } from './family-membership';
import { lockFamiliesForChange } from './family-membership.locks';
import { deleteInsuree, lockMemberships, moveInsuree, upsertFamilies, upsertInsurees } from './insuree-projection.writes';
import { statementRunner } from '@imis/persistence';

/**
 * Keeps `projected_insuree` and `projected_family` in step with the insuree service, whatever the path
 * (commands one by one, bulk imports, head changes): the durable consumer `<service>-insuree-projection` on
 * `imis.insuree.>`, from the stream's first event. Each change compares versions, so a replayed or
 * redelivered older event changes nothing. With a `FamilyMembershipListener` (the service's reaction to
 * members joining and leaving families), the members' changes are handed to it in the same transaction, their
 * families locked (`lockFamilyMembership`): "the member is known" and "the member joined" are one step.
 */
@Injectable()
@DurableConsumer('insuree-projection', { covers: [insureeLifecycle, familyLifecycle] })
export class InsureeProjectionHandlers {
  constructor(@Optional() @Inject(FAMILY_MEMBERSHIP_LISTENER) private readonly listener?: FamilyMembershipListener) {}

  @OnEvent(insureeCreatedEvent, insureeUpdatedEvent)
  async applyInsuree(event: CloudEvent<InsureeState>, { em }: HandlerContext): Promise<void> {
    await this.changeMembers(em, event, [event.data.id], () => upsertInsurees(em, [event.data]));
  }

  @OnEvent(familyCreatedEvent, familyUpdatedEvent)
  async applyFamily(event: CloudEvent<FamilyState>, { em }: HandlerContext): Promise<void> {
    await upsertFamilies(em, [event.data]);
  }

  /** A batch of a bulk import: its families, then their members, in two statements. */
  @OnEvent(insureesImportedEvent)
  async applyImportBatch(event: CloudEvent<InsureesImportedData>, { em }: HandlerContext): Promise<void> {
    await upsertFamilies(em, event.data.families);
    await this.changeMembers(em, event, event.data.insurees.map((insuree) => insuree.id), () => upsertInsurees(em, event.data.insurees));
  }

  @OnEvent(insureeStatusChangedEvent)
  async applyStatus(event: CloudEvent<InsureeStatusChangedData>, { em }: HandlerContext): Promise<void> {
    const { id, status, statusDate, version } = event.data;
    await statementRunner(em).run('update projected_insuree set status = ?, status_date = ?, version = ? where id = ? and version < ?', [status, statusDate, version, id, version]);
  }

  /** Into a family (heading it when the family says so), out of one, or along with its family's new village. */
  @OnEvent(insureeMovedEvent)
  async applyMove(event: CloudEvent<InsureeMovedData>, { em }: HandlerContext): Promise<void> {
    await this.changeMembers(em, event, [event.data.id], () => moveInsuree(em, event.data));
  }

  @OnEvent(insureeDeletedEvent)
  async applyInsureeDeletion(event: CloudEvent<InsureeDeletedData>, { em }: HandlerContext): Promise<void> {
    await this.changeMembers(em, event, [event.data.id], () => deleteInsuree(em, event.data));
  }

  /** The family's new head, and the head flags of the two members (no insuree event announces them). */
  @OnEvent(familyHeadChangedEvent)
  async applyHeadChange(event: CloudEvent<FamilyHeadChangedData>, { em }: HandlerContext): Promise<void> {
    const { id, previousHeadInsureeId, headInsureeId, version } = event.data;
    await statementRunner(em).run(
      `with family as (
         update projected_family set head_insuree_id = ?, version = ? where id = ? and version < ? returning id, head_insuree_id
       )
       update projected_insuree i set is_head = (i.id = family.head_insuree_id)
       from family where i.family_id = family.id and i.id in (?, ?)`,
      [headInsureeId, version, id, version, previousHeadInsureeId, headInsureeId],
    );
  }

  /** Its members were deleted or detached by their own events, just before this one. */
  @OnEvent(familyDeletedEvent)
  async applyFamilyDeletion(event: CloudEvent<FamilyDeletedData>, { em }: HandlerContext): Promise<void> {
    const { id, version } = event.data;
    await statementRunner(em).run('update projected_family set deleted = true, version = ? where id = ? and version < ?', [version, id, version]);
  }

  /**
   * Runs a write of insurees; with a listener, reads their memberships first (rows locked: a concurrent writer
   * of the same insuree waits), then locks the families whose members changed and hands it the changes.
   */
  private async changeMembers(em: EntityManager, event: CloudEvent<unknown>, insureeIds: readonly string[], write: () => Promise<MembershipRow[]>): Promise<void> {
    if (!this.listener) {
      await write();
      return;
    }
    const before = await lockMemberships(em, insureeIds);
    const changes = membershipChanges(before, await write());
    if (changes.length === 0) return;
    await lockFamiliesForChange(em, familiesOf(changes));
    await this.listener.membersChanged(em, changes, event);
  }
}
