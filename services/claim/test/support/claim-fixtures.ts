import {
  claimAdminCreatedEvent,
  createEvent,
  diagnosesUploadedEvent,
  familyCreatedEvent,
  insureeCreatedEvent,
  medicalItemCreatedEvent,
  medicalServiceCreatedEvent,
  type LocationState,
} from '@imis/contracts';
import { uuidv7 } from '@imis/persistence';
import { healthFacilityCreated, healthFacilityState, locationCreatedEvents, locationTree, type ServiceTestApp } from '@imis/testing';

export interface ClaimWorld {
  district1: LocationState;
  district2: LocationState;
  village1: LocationState;
  /** In district1. */
  facility1: string;
  /** In district2. */
  facility2: string;
  /** Claim administrator of facility1, signing in as `claimAdminUserId`. */
  claimAdminId: string;
  claimAdminUserId: string;
  insurees: { id: string; insuranceNumber: string }[];
  /** Item codes: I1 (max 5 per line), I2; service codes S1, S2; diagnosis codes A00..A05. */
  itemCodes: string[];
  serviceCodes: string[];
  diagnosisCodes: string[];
}

const entry = (code: string, maximumQuantity: number | null = null) => ({
  id: uuidv7(),
  code,
  name: `Entry ${code}`,
  price: '10.00',
  careType: 'B' as const,
  frequency: 0,
  patientCategory: 0,
  maximumQuantity,
  effectiveFrom: null,
  effectiveTo: null,
  version: 1,
});

/**
 * Feeds every read model a claim needs as the other services would, on their streams: a location tree, two
 * facilities in two districts, a claim administrator of the first, a family of three insurees, items, services and
 * diagnoses.
 */
export async function seedClaimWorld(service: ServiceTestApp): Promise<ClaimWorld> {
  const tree = locationTree({ regions: 1, districtsPerRegion: 2, wardsPerDistrict: 1, villagesPerWard: 1, codePrefix: 'K' });
  const byCode = Object.fromEntries(tree.map((location) => [location.code, location]));
  const [district1, district2, village1] = [byCode.K1D1, byCode.K1D2, byCode.K111V1];
  await service.publishAs('location', locationCreatedEvents(tree));
  const facility1 = healthFacilityState(district1.id, 'KHF1');
  const facility2 = healthFacilityState(district2.id, 'KHF2');
  await service.publishAs('location', [healthFacilityCreated(facility1), healthFacilityCreated(facility2)]);

  const claimAdminId = uuidv7();
  const claimAdminUserId = uuidv7();
  await service.publishAs('identity', [
    createEvent(claimAdminCreatedEvent, {
      subject: claimAdminId,
      data: { id: claimAdminId, code: 'CA1', lastName: 'Clerk', otherNames: 'Ann', healthFacilityId: facility1.id, userId: claimAdminUserId, version: 1 },
    }),
  ]);

  const familyId = uuidv7();
  const insurees = [0, 1, 2].map((index) => ({ id: uuidv7(), insuranceNumber: `K${Date.now() % 1e8}${index}` }));
  await service.publishAs('insuree', [
    createEvent(familyCreatedEvent, {
      subject: familyId,
      data: { id: familyId, headInsureeId: insurees[0].id, villageId: village1.id, poverty: null, familyType: null, confirmationType: null, version: 1 },
    }),
    ...insurees.map(({ id, insuranceNumber }, index) =>
      createEvent(insureeCreatedEvent, {
        subject: id,
        data: {
          id,
          insuranceNumber,
          familyId,
          isHead: index === 0,
          lastName: 'Patient',
          otherNames: `P${index}`,
          gender: 'F',
          birthDate: '1990-01-01',
          relationship: null,
          currentVillageId: null,
          familyVillageId: village1.id,
          healthFacilityId: null,
          status: 'AC',
          statusDate: null,
          photoDate: null,
          version: 1,
        },
      }),
    ),
  ]);

  const items = [entry('I1', 5), entry('I2')].map((item) => ({ ...item, type: 'D' as const, package: null, quantity: null }));
  const services = [entry('S1'), entry('S2')].map((s) => ({ ...s, type: 'C' as const, level: 'S' as const, category: null, manualPrice: false, packageType: 'S' as const, packageLines: [] }));
  const diagnoses = ['A00', 'A01', 'A02', 'A03', 'A04', 'A05'].map((code) => ({ id: uuidv7(), code, name: `Diagnosis ${code}`, version: 1 }));
  const uploadId = uuidv7();
  await service.publishAs('medical', [
    ...items.map((data) => createEvent(medicalItemCreatedEvent, { subject: data.id, data })),
    ...services.map((data) => createEvent(medicalServiceCreatedEvent, { subject: data.id, data })),
    createEvent(diagnosesUploadedEvent, { subject: uploadId, data: { uploadId, batch: 1, batches: 1, upserted: diagnoses, deleted: [] } }),
  ]);

  await service.eventually(async () => {
    const [row] = await service.query<Record<string, string>>(
      `select (select count(*) from projected_location) as locations, (select count(*) from health_facility) as facilities,
              (select count(*) from claim_admin) as admins, (select count(*) from projected_insuree) as insurees,
              (select count(*) from projected_medical_item) as items, (select count(*) from projected_medical_service) as services,
              (select count(*) from projected_diagnosis) as diagnoses`,
    );
    return (
      Number(row.locations) === tree.length &&
      Number(row.facilities) === 2 &&
      Number(row.admins) === 1 &&
      Number(row.insurees) === 3 &&
      Number(row.items) === 2 &&
      Number(row.services) === 2 &&
      Number(row.diagnoses) === 6
    );
  });
  return {
    district1,
    district2,
    village1,
    facility1: facility1.id,
    facility2: facility2.id,
    claimAdminId,
    claimAdminUserId,
    insurees,
    itemCodes: ['I1', 'I2'],
    serviceCodes: ['S1', 'S2'],
    diagnosisCodes: diagnoses.map((diagnosis) => diagnosis.code),
  };
}

/** A valid claim entry at a facility for an insuree: an item line (2 × 10.50) and a service line (1 × 30.00). */
export function claimEntry(world: ClaimWorld, change: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    insureeId: world.insurees[0].id,
    healthFacilityId: world.facility1,
    dateFrom: '2026-03-01',
    dateTo: '2026-03-02',
    dateClaimed: '2026-03-03',
    visitType: 'OTHER',
    mainDiagnosis: 'A00',
    secondaryDiagnoses: ['A01'],
    explanation: 'fever',
    items: [{ code: 'I1', quantity: 2, priceAsked: '10.50' }],
    services: [{ code: 'S1', quantity: 1, priceAsked: '30.00' }],
    ...change,
  };
}
