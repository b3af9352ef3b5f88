import { MikroORM } from '@mikro-orm/postgresql';
import { type CloudEvent, createEvent, officerCreatedEvent, officerDeletedEvent, type OfficerState } from '@imis/contracts';
import { addDays, addMonths } from '@imis/kernel';
import { uuidv7 } from '@imis/persistence';
import { MemoryNotifier } from '@imis/notification';
import type { ServiceTestApp } from '@imis/testing';
import { Policy, type PolicyStatus } from '../../src/modules/policy';

/** The port's in-memory adapter, with the notices it got read as renewal notices (policy, recipient kind and id). */
export class InMemoryNotifier extends MemoryNotifier {
  get sent(): { policyId: string; recipient: string; recipientId: string | null }[] {
    return this.notices.map((notice) => ({ policyId: notice.reference.id, recipient: notice.recipient.kind, recipientId: notice.recipient.id }));
  }
}

export const dayFrom = (date: string, days: number) => addDays(date, days);
export const monthsBefore = (date: string, months: number) => addMonths(date, -months);

/** Inserts a current policy through the entity (the policy commands are another module's). */
export async function insertPolicy(
  service: ServiceTestApp,
  fields: { familyId: string; productId: string; expiryDate: string; status?: PolicyStatus; officerId?: string | null; startDate?: string },
): Promise<Policy> {
  const em = service.app.get(MikroORM).em.fork();
  const startDate = fields.startDate ?? addDays(addMonths(fields.expiryDate, -12), 1);
  const policy = em.create(Policy, {
    familyId: fields.familyId,
    productId: fields.productId,
    officerId: fields.officerId ?? null,
    stage: 'N',
    status: fields.status ?? 'ACTIVE',
    value: '100.00',
    enrolDate: startDate,
    startDate,
    effectiveDate: startDate,
    expiryDate: fields.expiryDate,
    paidTotal: '100.00',
    changedBy: 'test',
  });
  await em.persist(policy).flush();
  return policy;
}

/** A projected family with its members (the first is the head), as the insuree events would leave them; in a village of its own unless given. */
export async function insertFamily(
  service: ServiceTestApp,
  members: { birthDate: string; photoDate: string | null }[],
  villageId: string = uuidv7(),
): Promise<{ familyId: string; insureeIds: string[] }> {
  const familyId = uuidv7();
  const insureeIds = members.map(() => uuidv7());
  await service.query(`insert into projected_family (id, head_insuree_id, village_id, poverty, deleted, version) values ($1, $2, $3, null, false, 1)`, [familyId, insureeIds[0], villageId]);
  for (const [index, member] of members.entries()) {
    await service.query(
      `insert into projected_insuree (id, insurance_number, family_id, is_head, gender, birth_date, relationship, current_village_id, family_village_id,
         health_facility_id, status, status_date, photo_date, deleted, version)
       values ($1, $2, $3, $4, 'F', $5, null, null, null, null, 'AC', null, $6, false, 1)`,
      [insureeIds[index], `R${Date.now() % 1_000_000}${index}`, familyId, index === 0, member.birthDate, member.photoDate],
    );
  }
  return { familyId, insureeIds };
}

/** An enrolment officer's state as identity's events carry it. */
export function officerState(fields: Partial<OfficerState> & Pick<OfficerState, 'id'>): OfficerState {
  return {
    code: `RO${fields.id.slice(-6)}`,
    lastName: 'Officer',
    otherNames: 'Enrolment',
    villageIds: [],
    substitutionOfficerId: null,
    worksTo: null,
    userId: null,
    version: 1,
    ...fields,
  };
}

/**
 * Publishes officers on identity's stream, created (then deleted for those in `deleted`), and waits until the
 * officer projection holds each of them at its last version.
 */
export async function publishOfficers(service: ServiceTestApp, officers: OfficerState[], deleted: readonly string[] = []): Promise<void> {
  const events: CloudEvent<unknown>[] = officers.map((state) => createEvent(officerCreatedEvent, { subject: state.id, data: state }));
  for (const state of officers.filter((officer) => deleted.includes(officer.id))) {
    events.push(createEvent(officerDeletedEvent, { subject: state.id, data: { ...state, version: state.version + 1 } }));
  }
  await service.publishAs('identity', events);
  const expected = new Map(officers.map((state) => [state.id, state.version + (deleted.includes(state.id) ? 1 : 0)]));
  await service.eventually(async () => {
    const rows = await service.query<{ id: string; version: number }>('select id, version from projected_officer where id = any($1::uuid[])', [[...expected.keys()]]);
    return rows.length === expected.size && rows.every((row) => row.version === expected.get(row.id));
  });
}
