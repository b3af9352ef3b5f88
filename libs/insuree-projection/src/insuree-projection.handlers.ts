import { Injectable } from '@nestjs/common';
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
import { upsertFamilies, upsertInsurees } from './insuree-projection.writes';

/**
 * Keeps `projected_insuree` and `projected_family` in step with the insuree service, whatever the path
 * (commands one by one, bulk imports, head changes): the durable consumer `<service>-insuree-projection` on
 * `imis.insuree.>`, from the stream's first event. Each change compares versions, so a replayed or
 * redelivered older event changes nothing.
 */
@Injectable()
@DurableConsumer('insuree-projection', { covers: [insureeLifecycle, familyLifecycle] })
export class InsureeProjectionHandlers {
  @OnEvent(insureeCreatedEvent, insureeUpdatedEvent)
  async applyInsuree(event: CloudEvent<InsureeState>, { em }: HandlerContext): Promise<void> {
    await upsertInsurees(em, [event.data]);
  }

  @OnEvent(familyCreatedEvent, familyUpdatedEvent)
  async applyFamily(event: CloudEvent<FamilyState>, { em }: HandlerContext): Promise<void> {
    await upsertFamilies(em, [event.data]);
  }

  /** A batch of a bulk import: its families, then their members, in two statements. */
  @OnEvent(insureesImportedEvent)
  async applyImportBatch(event: CloudEvent<InsureesImportedData>, { em }: HandlerContext): Promise<void> {
    await upsertFamilies(em, event.data.families);
    await upsertInsurees(em, event.data.insurees);
  }

  @OnEvent(insureeStatusChangedEvent)
  async applyStatus(event: CloudEvent<InsureeStatusChangedData>, { em }: HandlerContext): Promise<void> {
    const { id, status, statusDate, version } = event.data;
    await em.execute('update projected_insuree set status = ?, status_date = ?, version = ? where id = ? and version < ?', [status, statusDate, version, id, version], 'run');
  }

  /** Into a family (heading it when the family says so), out of one, or along with its family's new village. */
  @OnEvent(insureeMovedEvent)
  async applyMove(event: CloudEvent<InsureeMovedData>, { em }: HandlerContext): Promise<void> {
    const { id, toFamilyId, familyVillageId, version } = event.data;
    await em.execute(
      `update projected_insuree i set family_id = ?, family_village_id = ?, version = ?,
         is_head = coalesce((select f.head_insuree_id = i.id from projected_family f where f.id = ?), false)
       where i.id = ? and i.version < ?`,
      [toFamilyId, familyVillageId, version, toFamilyId, id, version],
      'run',
    );
  }

  @OnEvent(insureeDeletedEvent)
  async applyInsureeDeletion(event: CloudEvent<InsureeDeletedData>, { em }: HandlerContext): Promise<void> {
    const { id, version } = event.data;
    await em.execute('update projected_insuree set deleted = true, version = ? where id = ? and version < ?', [version, id, version], 'run');
  }

  /** The family's new head, and the head flags of the two members (no insuree event announces them). */
  @OnEvent(familyHeadChangedEvent)
  async applyHeadChange(event: CloudEvent<FamilyHeadChangedData>, { em }: HandlerContext): Promise<void> {
    const { id, previousHeadInsureeId, headInsureeId, version } = event.data;
    await em.execute(
      `with family as (
         update projected_family set head_insuree_id = ?, version = ? where id = ? and version < ? returning id, head_insuree_id
       )
       update projected_insuree i set is_head = (i.id = family.head_insuree_id)
       from family where i.family_id = family.id and i.id in (?, ?)`,
      [headInsureeId, version, id, version, previousHeadInsureeId, headInsureeId],
      'run',
    );
  }

  /** Its members were deleted or detached by their own events, just before this one. */
  @OnEvent(familyDeletedEvent)
  async applyFamilyDeletion(event: CloudEvent<FamilyDeletedData>, { em }: HandlerContext): Promise<void> {
    const { id, version } = event.data;
    await em.execute('update projected_family set deleted = true, version = ? where id = ? and version < ?', [version, id, version], 'run');
  }
}
