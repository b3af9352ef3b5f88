import type { LocationState } from '@imis/contracts';
import { healthFacilityCreated, healthFacilityState, locationCreatedEvents, locationTree, type ServiceTestApp } from '@imis/testing';

/** Numbers valid under the default rule (9 digits, the last = the first 8 mod 7), distinct per call. */
let serial = 10_000_000 + Math.floor(Math.random() * 80_000_000);
export function validInsuranceNumber(): string {
  const body = String(serial++).padStart(8, '0');
  return `${body}${Number(body) % 7}`;
}

export interface SeededPlaces {
  tree: LocationState[];
  region: LocationState;
  district1: LocationState;
  district2: LocationState;
  ward1: LocationState;
  /** Villages 1 and 2 are in district 1, village 3 in district 2. */
  village1: LocationState;
  village2: LocationState;
  village3: LocationState;
  healthFacilityId: string;
}

/**
 * Feeds the service's projections as the location service would: 1 region, 2 districts, 1 ward each,
 * 2 villages per ward and one health facility in the first district; waits until the projections hold them.
 */
export async function seedPlaces(service: ServiceTestApp): Promise<SeededPlaces> {
  const tree = locationTree({ regions: 1, districtsPerRegion: 2, wardsPerDistrict: 1, villagesPerWard: 2 });
  const byCode = Object.fromEntries(tree.map((location) => [location.code, location]));
  const facility = healthFacilityState(byCode.T1D1.id, 'HF1');
  await service.publishAs('location', [...locationCreatedEvents(tree), healthFacilityCreated(facility)]);
  await service.eventually(async () => (await service.count('projected_location')) === tree.length && (await service.count('projected_health_facility')) === 1);
  return {
    tree,
    region: byCode.TR1,
    district1: byCode.T1D1,
    district2: byCode.T1D2,
    ward1: byCode.T11W1,
    village1: byCode.T111V1,
    village2: byCode.T111V2,
    village3: byCode.T121V1,
    healthFacilityId: facility.id,
  };
}

/** A head or member input with every required field, valid under the default rule. */
export function person(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { insuranceNumber: validInsuranceNumber(), lastName: 'Shrestha', otherNames: 'Sita', gender: 'F', birthDate: '1985-04-12', ...overrides };
}
