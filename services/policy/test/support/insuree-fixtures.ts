import { createEvent, familyCreatedEvent, insureeCreatedEvent, type CloudEvent, type FamilyState, type InsureeState } from '@imis/contracts';
import { uuidv7 } from '@imis/persistence';
import type { ServiceTestApp } from '@imis/testing';

let numbers = 0;

/** An insuree as the insuree service's events carry it; `change` overrides fields. */
export function insureeState(change: Partial<InsureeState> = {}): InsureeState {
  numbers += 1;
  return {
    id: uuidv7(),
    insuranceNumber: `9${String(Date.now() % 1e5).padStart(5, '0')}${String(numbers).padStart(3, '0')}`,
    familyId: null,
    isHead: false,
    lastName: 'Doe',
    otherNames: 'Jo',
    gender: 'F',
    birthDate: '1990-05-01',
    relationship: null,
    currentVillageId: null,
    familyVillageId: null,
    healthFacilityId: null,
    status: 'AC',
    statusDate: null,
    photoDate: null,
    version: 1,
    ...change,
  };
}

export interface SeededFamily {
  family: FamilyState;
  members: InsureeState[];
}

/** A family in a village with its head and other members (birth dates given), as the insuree service creates them. */
export function familyStates(villageId: string, birthDates: string[]): SeededFamily {
  const familyId = uuidv7();
  const members = birthDates.map((birthDate, index) => insureeState({ familyId, familyVillageId: villageId, isHead: index === 0, birthDate }));
  const family: FamilyState = { id: familyId, headInsureeId: members[0].id, villageId, poverty: null, familyType: null, confirmationType: null, version: 1 };
  return { family, members };
}

export function familyEvents({ family, members }: SeededFamily): CloudEvent<unknown>[] {
  return [createEvent(familyCreatedEvent, { subject: family.id, data: family }), ...members.map((data) => createEvent(insureeCreatedEvent, { subject: data.id, data }))];
}

/** Publishes the families on the insuree stream and waits until the service's projection holds every member. */
export async function seedFamilies(service: ServiceTestApp, families: SeededFamily[]): Promise<void> {
  await service.publishAs('insuree', families.flatMap(familyEvents));
  const ids = families.flatMap((one) => one.members.map((member) => member.id));
  await service.eventually(async () => Number((await service.query<{ n: string }>('select count(*) as n from projected_insuree where id = any($1)', [ids]))[0].n) === ids.length);
}

/** A village of the seeded location tree under the ward. */
export async function villageOf(service: ServiceTestApp, wardId: string): Promise<string> {
  return (await service.query<{ id: string }>(`select id from projected_location where parent_id = $1 and type = 'V'`, [wardId]))[0].id;
}
