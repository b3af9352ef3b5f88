import { MikroORM } from '@mikro-orm/postgresql';
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

/** A projected family with its members (the first is the head), as the insuree events would leave them. */
export async function insertFamily(service: ServiceTestApp, members: { birthDate: string; photoDate: string | null }[]): Promise<{ familyId: string; insureeIds: string[] }> {
  const familyId = uuidv7();
  const insureeIds = members.map(() => uuidv7());
  await service.query(`insert into projected_family (id, head_insuree_id, village_id, poverty, deleted, version) values ($1, $2, $3, null, false, 1)`, [familyId, insureeIds[0], uuidv7()]);
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
