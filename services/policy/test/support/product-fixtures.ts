import { createEvent, medicalItemCreatedEvent, medicalItemDeletedEvent, medicalServiceCreatedEvent, type LocationState } from '@imis/contracts';
import { uuidv7 } from '@imis/persistence';
import { locationCreatedEvents, locationTree, type ServiceTestApp } from '@imis/testing';

export interface ProductPlaces {
  region1: LocationState;
  district11: LocationState;
  district12: LocationState;
  region2: LocationState;
  district21: LocationState;
  ward111: LocationState;
}

/** Feeds the location projection as the location service would: 2 regions of 2 districts (a ward and a village each). */
export async function seedProductPlaces(service: ServiceTestApp): Promise<ProductPlaces> {
  const tree = locationTree({ regions: 2, districtsPerRegion: 2, wardsPerDistrict: 1, villagesPerWard: 1, codePrefix: 'P' });
  const byCode = Object.fromEntries(tree.map((location) => [location.code, location]));
  await service.publishAs('location', locationCreatedEvents(tree));
  await service.eventually(async () => (await service.count('projected_location')) === tree.length);
  return { region1: byCode.PR1, district11: byCode.P1D1, district12: byCode.P1D2, region2: byCode.PR2, district21: byCode.P2D1, ward111: byCode.P11W1 };
}

export interface Catalogue {
  items: string[];
  services: string[];
  deletedItem: string;
}

const entry = (code: string) => ({
  id: uuidv7(),
  code,
  name: `Entry ${code}`,
  price: '10.00',
  careType: 'B' as const,
  frequency: 0,
  patientCategory: 0,
  maximumQuantity: null,
  effectiveFrom: null,
  effectiveTo: null,
  version: 1,
});

/**
 * Feeds the medical projection through its handlers, as the medical service would (events on its stream):
 * two items, two services and an item created then deleted.
 */
export async function seedCatalogue(service: ServiceTestApp): Promise<Catalogue> {
  const items = [entry('I1'), entry('I2'), entry('I9')].map((item) => ({ ...item, type: 'D' as const, package: null, quantity: null }));
  const services = [entry('S1'), entry('S2')].map((s) => ({ ...s, type: 'C' as const, level: 'S' as const, category: null, manualPrice: false, packageType: 'S' as const, packageLines: [] }));
  const deleted = items[2];
  await service.publishAs('medical', [
    ...items.map((data) => createEvent(medicalItemCreatedEvent, { subject: data.id, data })),
    ...services.map((data) => createEvent(medicalServiceCreatedEvent, { subject: data.id, data })),
    createEvent(medicalItemDeletedEvent, { subject: deleted.id, data: { id: deleted.id, code: deleted.code, version: 2 } }),
  ]);
  await service.eventually(async () => {
    const [row] = await service.query<{ items: string; services: string; deleted: string }>(
      `select (select count(*) from projected_medical_item) as items, (select count(*) from projected_medical_service) as services,
              (select count(*) from projected_medical_item where deleted) as deleted`,
    );
    return Number(row.items) === 3 && Number(row.services) === 2 && Number(row.deleted) === 1;
  });
  return { items: items.slice(0, 2).map((item) => item.id), services: services.map((s) => s.id), deletedItem: deleted.id };
}

const limit = (adult: number, child: number) => ({ limitationType: 'C', adult, child });

/** A product line input covering an item or a service at 100 % (80 % for children). */
export function lineInput(target: { itemId?: string; serviceId?: string }, change: Record<string, unknown> = {}) {
  return { ...target, priceOrigin: 'P', limits: { normal: limit(100, 80), emergency: limit(100, 100), referral: limit(90, 90) }, limitCountAdult: 2, ...change };
}

/** A valid createProduct input; `change` overrides or adds fields. */
export function productInput(code: string, change: Record<string, unknown> = {}) {
  return {
    code,
    name: `Product ${code}`,
    dateFrom: '2025-01-01',
    dateTo: '2025-12-31',
    insurancePeriod: 12,
    memberCount: 6,
    threshold: 4,
    lumpSum: '10000',
    premiumAdult: '1500.50',
    startCycles: ['01-01', '01-07'],
    ceilingType: 'P',
    deductible: { general: '100' },
    ceiling: { inPatient: '50000', outPatient: '20000' },
    categoryLimits: { surgery: { maxCount: 2, maxAmount: '30000' } },
    relativePrices: { periodInPatient: 'Q', distribution: [1, 2, 3, 4].map((period) => ({ careType: 'I', period, percent: 25 })) },
    capitation: { levels: [{ level: 'H', subLevel: 'R' }], shareWeights: { population: 50, visits: 50 } },
    accountCodes: { contribution: 'ACC-1' },
    ...change,
  };
}
