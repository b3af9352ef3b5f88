import { randomUUID } from 'crypto';
import type { LocationState } from '@imis/contracts';
import { healthFacilityCreated, healthFacilityState, locationCreatedEvents, locationTree, type ServiceTestApp } from '@imis/testing';

export interface PriceListPlaces {
  region1: LocationState;
  district11: LocationState;
  district12: LocationState;
  region2: LocationState;
  district21: LocationState;
  ward111: LocationState;
  /** In district11, district12 and district21. */
  facility11: string;
  facility12: string;
  facility21: string;
}

/**
 * Feeds the location and health-facility projections as the location service would: 2 regions of 2
 * districts (one ward, one village each) and a facility in three of the districts.
 */
export async function seedPriceListPlaces(service: ServiceTestApp): Promise<PriceListPlaces> {
  const tree = locationTree({ regions: 2, districtsPerRegion: 2, wardsPerDistrict: 1, villagesPerWard: 1, codePrefix: 'P' });
  const byCode = Object.fromEntries(tree.map((location) => [location.code, location]));
  const facilities = [healthFacilityState(byCode.P1D1.id, 'HF11'), healthFacilityState(byCode.P1D2.id, 'HF12'), healthFacilityState(byCode.P2D1.id, 'HF21')];
  await service.publishAs('location', [...locationCreatedEvents(tree), ...facilities.map(healthFacilityCreated)]);
  await service.eventually(
    async () => (await service.count('projected_location')) === tree.length && (await service.count('projected_health_facility')) === facilities.length,
  );
  return {
    region1: byCode.PR1,
    district11: byCode.P1D1,
    district12: byCode.P1D2,
    region2: byCode.PR2,
    district21: byCode.P2D1,
    ward111: byCode.P11W1,
    facility11: facilities[0].id,
    facility12: facilities[1].id,
    facility21: facilities[2].id,
  };
}

export interface EntryFixture {
  code: string;
  price: string;
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
  deleted?: boolean;
}

/**
 * A medical item or service written straight into its table (the catalogue's own commands are another
 * module's): what price lists and effective prices read of it.
 */
export async function insertEntry(service: ServiceTestApp, kind: 'item' | 'service', entry: EntryFixture): Promise<string> {
  const id = randomUUID();
  const common = `id, created_at, updated_at, version, valid_from, deleted_at, changed_by, code, name, price, care_type, effective_from, effective_to`;
  const values = [id, entry.deleted ? new Date() : null, entry.code, `Entry ${entry.code}`, entry.price, entry.effectiveFrom ?? null, entry.effectiveTo ?? null];
  if (kind === 'item') {
    await service.query(`insert into medical_item (${common}, type) values ($1, date_trunc('milliseconds', now()), now(), 1, now(), $2, 'test', $3, $4, $5, 'B', $6, $7, 'D')`, values);
  } else {
    await service.query(
      `insert into medical_service (${common}, type, level, package_lines) values ($1, date_trunc('milliseconds', now()), now(), 1, now(), $2, 'test', $3, $4, $5, 'B', $6, $7, 'C', 'S', '[]')`,
      values,
    );
  }
  return id;
}
