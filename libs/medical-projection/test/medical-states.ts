import { v7 } from 'uuid';
import type { DiagnosisState, MedicalItemState, MedicalServiceState, PriceListState } from '@imis/contracts';

let sequence = 0;
/** A code unique within the test database (codes are ≤ 6 characters). */
export const uniqueCode = (letter: string) => `${letter}${(++sequence).toString(36).padStart(5, '0')}`.slice(0, 6);

const entry = { name: 'Paracetamol 500 mg', price: '100.00', careType: 'B' as const, frequency: 0, patientCategory: 0, maximumQuantity: null, effectiveFrom: null, effectiveTo: null, version: 1 };

export const itemState = (overrides: Partial<MedicalItemState> = {}): MedicalItemState => ({
  id: v7(), code: uniqueCode('I'), ...entry, type: 'D', package: 'box of 10', quantity: 10, ...overrides,
});

export const serviceState = (overrides: Partial<MedicalServiceState> = {}): MedicalServiceState => ({
  id: v7(), code: uniqueCode('S'), ...entry, name: 'Consultation', type: 'C', level: 'V', category: 'C', manualPrice: false, packageType: 'S', packageLines: [], ...overrides,
});

export const diagnosisState = (overrides: Partial<DiagnosisState> = {}): DiagnosisState => ({ id: v7(), code: uniqueCode('D'), name: 'Malaria', version: 1, ...overrides });

export const priceListState = (kind: PriceListState['kind'], details: PriceListState['details'], overrides: Partial<PriceListState> = {}): PriceListState => ({
  id: v7(), kind, name: `${kind} list`, locationId: null, date: '2026-01-01', details, version: 1, ...overrides,
});

/** Detail rows of an items list: [item, override or null]. */
export const itemDetails = (...rows: [MedicalItemState, string | null][]) => rows.map(([item, price]) => ({ itemId: item.id, serviceId: null, price }));
export const serviceDetails = (...rows: [MedicalServiceState, string | null][]) => rows.map(([service, price]) => ({ itemId: null, serviceId: service.id, price }));
