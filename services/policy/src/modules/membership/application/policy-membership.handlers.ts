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
  type InsureeDeletedData,
  type InsureeMovedData,
  type InsureesImportedData,
  type InsureeState,
} from '@imis/contracts';
import { insureesByIds } from '@imis/insuree-projection';
import { DurableConsumer, OnEvent, type HandlerContext } from '@imis/messaging';
import { FamilyMembership } from './family-membership';

/** The calendar date (UTC) of the event: the joining member's enrolment date. */
function dateOf(event: CloudEvent<unknown>): string {
  return new Date(event.time).toISOString().slice(0, 10);
}

/**
 * The family's current policies follow its members (`FamilyMembership`): the durable consumer
 * `policy-policy-membership` on the insuree service's lifecycle events. Members are read from the event
 * (the insuree projection, another consumer, may not have applied it yet); only a move, which carries no
 * birth date, reads the moving member from the projection (created earlier, else the event is redelivered).
 */
@Injectable()
@DurableConsumer('policy-membership', { covers: [insureeLifecycle, familyLifecycle] })
export class PolicyMembershipHandlers {
  constructor(private readonly membership: FamilyMembership) {}

  @OnEvent(insureeCreatedEvent)
  async joinOnCreation(event: CloudEvent<InsureeState>, { em }: HandlerContext): Promise<void> {
    if (event.data.familyId) await this.membership.join(em, event.data.familyId, [event.data], dateOf(event));
  }

  @OnEvent(insureesImportedEvent)
  async joinOnImport(event: CloudEvent<InsureesImportedData>, { em }: HandlerContext): Promise<void> {
    const byFamily = new Map<string, InsureeState[]>();
    for (const insuree of event.data.insurees) if (insuree.familyId) byFamily.set(insuree.familyId, [...(byFamily.get(insuree.familyId) ?? []), insuree]);
    for (const [familyId, members] of byFamily) await this.membership.join(em, familyId, members, dateOf(event));
  }

  /** Out of one family and into another; a move along with the family's village changes no membership. */
  @OnEvent(insureeMovedEvent)
  async move(event: CloudEvent<InsureeMovedData>, { em }: HandlerContext): Promise<void> {
    const { id, fromFamilyId, toFamilyId } = event.data;
    if (fromFamilyId === toFamilyId) return;
    if (fromFamilyId) await this.membership.leave(em, fromFamilyId, [id]);
    if (!toFamilyId) return;
    const [member] = await insureesByIds(em, [id], { includeDeleted: true });
    if (!member) throw new Error(`Insuree ${id} moved into family ${toFamilyId} is not in the insuree projection yet`);
    await this.membership.join(em, toFamilyId, [member], dateOf(event));
  }

  @OnEvent(insureeDeletedEvent)
  async leaveOnDeletion(event: CloudEvent<InsureeDeletedData>, { em }: HandlerContext): Promise<void> {
    await this.membership.leave(em, event.data.familyId, [event.data.id]);
  }

  /** Its members' own events (deleted or moved out) came first; this removes what they left, if anything. */
  @OnEvent(familyDeletedEvent)
  async leaveOnFamilyDeletion(event: CloudEvent<FamilyDeletedData>, { em }: HandlerContext): Promise<void> {
    await this.membership.leave(em, event.data.id, event.data.memberIds);
  }

  /** Details only: a change of family is announced by insuree.moved; the value follows membership, not details. */
  @OnEvent(insureeUpdatedEvent)
  async ignoreUpdate(): Promise<void> {}

  /** An inactive or dead member keeps its coverage rows until it leaves the family (openIMIS). */
  @OnEvent(insureeStatusChangedEvent)
  async ignoreStatus(): Promise<void> {}

  /** A new head is already a member: no one joins or leaves. */
  @OnEvent(familyHeadChangedEvent)
  async ignoreHeadChange(): Promise<void> {}

  /** A new family has no policies yet; its details do not change its members. */
  @OnEvent(familyCreatedEvent, familyUpdatedEvent)
  async ignoreFamily(): Promise<void> {}
}
