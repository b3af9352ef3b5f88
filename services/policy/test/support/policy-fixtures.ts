import { createEvent, familyCreatedEvent, insureeCreatedEvent, type LocationState } from '@imis/contracts';
import { uuidv7 } from '@imis/persistence';
import { locationCreatedEvents, locationTree, type ServiceTestApp } from '@imis/testing';

export interface PolicyPlaces {
  region1: LocationState;
  region2: LocationState;
  district11: LocationState;
  district12: LocationState;
  /** In district11. */
  village111: LocationState;
  /** In region2. */
  village211: LocationState;
}

/** Feeds the location projection as the location service would: 2 regions of 2 districts (a ward and a village each). */
export async function seedPolicyPlaces(service: ServiceTestApp): Promise<PolicyPlaces> {
  const tree = locationTree({ regions: 2, districtsPerRegion: 2, wardsPerDistrict: 1, villagesPerWard: 1, codePrefix: 'Q' });
  const byCode = Object.fromEntries(tree.map((location) => [location.code, location]));
  await service.publishAs('location', locationCreatedEvents(tree));
  await service.eventually(async () => (await service.count('projected_location')) === tree.length);
  return {
    region1: byCode.QR1,
    region2: byCode.QR2,
    district11: byCode.Q1D1,
    district12: byCode.Q1D2,
    village111: byCode.Q111V1,
    village211: byCode.Q211V1,
  };
}

export interface Member {
  birthDate: string;
  relationship: string | null;
}

/** §2's family: 2 parents, 3 children, a grandmother related as "Other" (7). */
export const WORKED_EXAMPLE_FAMILY: readonly Member[] = [
  { birthDate: '1985-03-10', relationship: null },
  { birthDate: '1987-09-21', relationship: '8' },
  { birthDate: '2012-05-01', relationship: '4' },
  { birthDate: '2015-11-30', relationship: '4' },
  { birthDate: '2020-01-15', relationship: '4' },
  { birthDate: '1950-06-06', relationship: '7' },
];

let numbers = 0;

/** Feeds the insuree projection as the insuree service would: a family in the village and its members (the first is the head). */
export async function seedFamily(service: ServiceTestApp, villageId: string, members: readonly Member[] = WORKED_EXAMPLE_FAMILY): Promise<{ id: string; memberIds: string[] }> {
  const familyId = uuidv7();
  const memberIds = members.map(() => uuidv7());
  const insurees = members.map((member, index) => ({
    id: memberIds[index],
    insuranceNumber: `PQ${Date.now()}${++numbers}`,
    familyId,
    isHead: index === 0,
    lastName: 'Family',
    otherNames: `Member ${index}`,
    gender: 'F',
    birthDate: member.birthDate,
    relationship: member.relationship,
    currentVillageId: null,
    familyVillageId: villageId,
    healthFacilityId: null,
    status: 'AC' as const,
    statusDate: null,
    photoDate: null,
    version: 1,
  }));
  const family = { id: familyId, headInsureeId: memberIds[0], villageId, poverty: null, familyType: null, confirmationType: null, version: 1 };
  await service.publishAs('insuree', [
    createEvent(familyCreatedEvent, { subject: familyId, data: family }),
    ...insurees.map((data) => createEvent(insureeCreatedEvent, { subject: data.id, data })),
  ]);
  await service.eventually(async () => {
    const [row] = await service.query<{ count: string }>('select count(*) from projected_insuree where family_id = $1', [familyId]);
    const [families] = await service.query<{ count: string }>('select count(*) from projected_family where id = $1', [familyId]);
    return Number(row.count) === members.length && Number(families.count) === 1;
  });
  return { id: familyId, memberIds };
}

/** The product of domain §2's worked example (a createProduct input), sold nationally 2024–2030 unless changed. */
export function workedExampleProduct(code: string, change: Record<string, unknown> = {}) {
  return {
    code,
    name: `Product ${code}`,
    dateFrom: '2024-01-01',
    dateTo: '2030-12-31',
    insurancePeriod: 12,
    memberCount: 8,
    threshold: 4,
    lumpSum: '10000',
    premiumAdult: '3000',
    premiumChild: '1500',
    registrationFee: '500',
    generalAssemblyLumpSum: '1000',
    startCycles: ['01-07'],
    gracePeriodEnrolment: 1,
    enrolmentDiscountPercent: 10,
    enrolmentDiscountPeriod: 2,
    ...change,
  };
}
