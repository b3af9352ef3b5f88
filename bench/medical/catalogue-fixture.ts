import { v7 } from 'uuid';
import type { MedicalItemState, MedicalServiceState, PriceListState } from '@imis/contracts';

/** A small deterministic generator, so that two runs look up the same tuples. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CatalogueShape {
  items: number;
  services: number;
  facilities: number;
  /** Detail rows of each facility's items list; its services list has `detailsPerFacility - itemDetails`. */
  detailsPerFacility: number;
}

export interface BenchCatalogue {
  items: MedicalItemState[];
  services: MedicalServiceState[];
  /** Per facility: its id and its two lists. */
  facilities: { id: string; itemsList: PriceListState; servicesList: PriceListState }[];
}

const money = (random: () => number) => (Math.floor(random() * 100_000) / 100 + 1).toFixed(2);
const code = (letter: string, index: number) => `${letter}${index.toString(36).toUpperCase().padStart(5, '0')}`;
const pick = <T>(random: () => number, all: readonly T[], count: number): T[] => {
  const copy = [...all];
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, count);
};

/**
 * Items and services (1 in 20 no longer claimable from 2026, some packages), and for each facility its own
 * items list and services list (applying from 2026-01-01, a third of the rows with an override) holding a
 * random part of the register: three quarters of its rows price items.
 */
export function benchCatalogue(shape: CatalogueShape, random: () => number): BenchCatalogue {
  const entry = (index: number) => ({
    id: v7(), name: `Bench entry ${index}`, price: money(random), careType: 'B' as const, frequency: 0, patientCategory: 0, maximumQuantity: null,
    effectiveFrom: '2020-01-01', effectiveTo: index % 20 === 0 ? '2025-12-31' : null, version: 1,
  });
  const items: MedicalItemState[] = Array.from({ length: shape.items }, (_, index) => ({ ...entry(index), code: code('I', index), type: 'D', package: 'box of 10', quantity: 10 }));
  const services: MedicalServiceState[] = Array.from({ length: shape.services }, (_, index) => ({
    ...entry(index), code: code('S', index), type: 'C', level: 'S', category: 'O', manualPrice: false,
    packageType: index % 50 === 0 ? 'F' : 'S',
    packageLines: index % 50 === 0 ? [{ itemId: items[index % items.length].id, serviceId: null, quantity: 2, price: null }] : [],
  }));
  const itemRows = Math.min(items.length, Math.round(shape.detailsPerFacility * 0.75));
  const serviceRows = Math.min(services.length, shape.detailsPerFacility - itemRows);
  const override = () => (random() < 1 / 3 ? money(random) : null);
  const list = (kind: PriceListState['kind'], details: PriceListState['details'], index: number): PriceListState => ({
    id: v7(), kind, name: `${kind} list ${index}`, locationId: null, date: '2026-01-01', details, version: 1,
  });
  const facilities = Array.from({ length: shape.facilities }, (_, index) => ({
    id: v7(),
    itemsList: list('ITEMS', pick(random, items, itemRows).map((item) => ({ itemId: item.id, serviceId: null, price: override() })), index),
    servicesList: list('SERVICES', pick(random, services, serviceRows).map((service) => ({ itemId: null, serviceId: service.id, price: override() })), index),
  }));
  return { items, services, facilities };
}
