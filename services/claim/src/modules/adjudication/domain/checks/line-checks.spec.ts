import { adjudicateClaim } from '../adjudicate';
import { claim, context, ID, line } from '../adjudication.fixtures';
import type { AdjudicationContext, MedicalEntry } from '../adjudication-context';
import { REJECTION } from '../claim-codes';
import type { ClaimToAdjudicate } from '../claim-to-adjudicate';
import { NO_USAGE, type PassedLine } from '../usage-counters';

const withService = (id: string, overrides: Partial<MedicalEntry>, base = context()): AdjudicationContext => ({
  ...base,
  services: { ...base.services, [id]: { ...base.services[id], ...overrides } },
});
const withItem = (overrides: Partial<MedicalEntry>, base = context()): AdjudicationContext => ({ ...base, items: { ...base.items, [ID.drug]: { ...base.items[ID.drug], ...overrides } } });
const drugLine = (claimToCheck: ClaimToAdjudicate, ctx: AdjudicationContext) => adjudicateClaim(claimToCheck, ctx).result.lines[0];
const itemOnly = (overrides: Partial<ClaimToAdjudicate> = {}) => claim({ services: [], ...overrides });

describe('line checks', () => {
  describe('registers (1)', () => {
    it('rejects an unknown item and keeps the other lines', () => {
      const { result } = adjudicateClaim(claim({ items: [line('item-unknown')] }), context());
      expect(result.lines.map((one) => one.rejectionReason)).toEqual([REJECTION.NOT_IN_REGISTERS, 0]);
      expect(result.status).toBe('VALUATED');
    });

    it('rejects an item outside its validity, inclusive bounds', () => {
      expect(drugLine(itemOnly(), withItem({ validTo: '2024-06-09' })).rejectionReason).toBe(1);
      expect(drugLine(itemOnly(), withItem({ validFrom: '2024-06-11' })).rejectionReason).toBe(1);
      expect(drugLine(itemOnly(), withItem({ validFrom: '2024-06-10', validTo: '2024-06-10' })).rejectionReason).toBe(0);
    });

    it('makes the claim Rejected with reason 1 when no line passed, whatever the lines’ reasons', () => {
      const { result } = adjudicateClaim(claim({ items: [line('nope')], services: [line(ID.consultation)] }), withService(ID.consultation, { patientCategory: 8 }));
      expect(result.lines.map((one) => one.rejectionReason)).toEqual([1, 4]);
      expect([result.status, result.rejectionReason, result.approved]).toEqual(['REJECTED', 1, null]);
    });
  });

  describe('price list (2)', () => {
    it('rejects a line missing from the facility’s price list, or when the facility has none', () => {
      const noDrug = context();
      const ctx = { ...noDrug, priceLists: { ...noDrug.priceLists, [ID.itemPrices]: { id: ID.itemPrices, details: {} } } };
      expect(drugLine(itemOnly(), ctx).rejectionReason).toBe(REJECTION.NOT_IN_PRICE_LIST);
      const facility = { ...claim().facility, itemsPriceListId: null };
      expect(drugLine(itemOnly({ facility }), context()).rejectionReason).toBe(2);
    });

    it('rejects a detail row not valid at the target date', () => {
      const base = context();
      const ctx = { ...base, priceLists: { ...base.priceLists, [ID.itemPrices]: { id: ID.itemPrices, details: { [ID.drug]: { price: null, validFrom: '2024-07-01', validTo: null } } } } };
      expect(drugLine(itemOnly(), ctx).rejectionReason).toBe(2);
    });
  });

  describe('care type (10)', () => {
    const ward = (overrides: Partial<ClaimToAdjudicate>) => claim({ items: [], services: [line(ID.ward)], ...overrides });
    const facility = (careType: 'I' | 'O' | 'B' | null) => ({ ...claim().facility, careType });

    it('passes an in-patient line only on an in-patient claim at an I or B facility', () => {
      expect(adjudicateClaim(ward({ dateTo: '2024-06-12' }), context()).result.lines[0].rejectionReason).toBe(0);
      expect(adjudicateClaim(ward({ dateTo: '2024-06-12', facility: facility('I') }), context()).result.lines[0].rejectionReason).toBe(0);
      expect(adjudicateClaim(ward({ dateTo: '2024-06-12', facility: facility(null) }), context()).result.lines[0].rejectionReason).toBe(0);
      expect(adjudicateClaim(ward({ dateTo: '2024-06-12', facility: facility('O') }), context()).result.lines[0].rejectionReason).toBe(REJECTION.CARE_TYPE);
      expect(adjudicateClaim(ward({}), context()).result.lines[0].rejectionReason).toBe(REJECTION.CARE_TYPE);
    });

    it('rejects an out-patient line at an in-patient facility only', () => {
      const consult = (careType: 'I' | 'O' | 'B') => adjudicateClaim(claim({ items: [], facility: facility(careType), dateTo: '2024-06-12' }), context()).result.lines[0];
      expect(consult('I').rejectionReason).toBe(10);
      expect(consult('O').rejectionReason).toBe(0);
      expect(consult('B').rejectionReason).toBe(0);
    });
  });

  describe('patient category (4)', () => {
    it('checks sex (O counts as male) and age group against the mask; 0 means no restriction', () => {
      const female = claim().insuree;
      const cases: [number, Partial<typeof female>, number][] = [
        [2 | 4, {}, 0],
        [1 | 4, {}, 4],
        [1 | 4, { gender: 'O' }, 0],
        [2 | 8, {}, 4],
        [0, { gender: 'M', birthDate: '2020-01-01' }, 0],
      ];
      for (const [mask, insuree, code] of cases) expect(drugLine(itemOnly({ insuree: { ...female, ...insuree } }), withItem({ patientCategory: mask })).rejectionReason).toBe(code);
    });

    it('tells adult from minor at the target date (18th birthday inclusive)', () => {
      const minorsOnly = withItem({ patientCategory: 1 | 2 | 8 });
      const insuree = { ...claim().insuree, birthDate: '2006-06-10' };
      expect(drugLine(itemOnly({ insuree, dateFrom: '2024-06-09', dateClaimed: '2024-06-09' }), minorsOnly).rejectionReason).toBe(0);
      expect(drugLine(itemOnly({ insuree }), minorsOnly).rejectionReason).toBe(4);
      // A stay that starts before the birthday and ends after it: the target date (the end) decides.
      expect(drugLine(itemOnly({ insuree, dateFrom: '2024-06-08', dateTo: '2024-06-10', dateClaimed: '2024-06-10' }), minorsOnly).rejectionReason).toBe(4);
    });
  });

  describe('frequency (5)', () => {
    const passed = (targetDate: string, claimId = 'claim-0'): PassedLine => ({ insureeId: ID.insuree, claimId, kind: 'item', medicalId: ID.drug, targetDate });
    const weekly = (lines: PassedLine[]) => withItem({ frequency: 7 }, context({ usage: { ...NO_USAGE, passedLines: lines } }));

    it('rejects within the window, before or after, and passes at exactly frequency days', () => {
      expect(drugLine(itemOnly(), weekly([passed('2024-06-04')])).rejectionReason).toBe(REJECTION.FREQUENCY);
      expect(drugLine(itemOnly(), weekly([passed('2024-06-03')])).rejectionReason).toBe(0);
      expect(drugLine(itemOnly(), weekly([passed('2024-06-16')])).rejectionReason).toBe(5);
      expect(drugLine(itemOnly(), weekly([passed('2024-06-17')])).rejectionReason).toBe(0);
    });

    it('ignores the claim’s own lines, other items and frequency 0', () => {
      expect(drugLine(itemOnly(), weekly([passed('2024-06-10', 'claim-1')])).rejectionReason).toBe(0);
      expect(drugLine(itemOnly(), weekly([{ ...passed('2024-06-10'), medicalId: 'other' }])).rejectionReason).toBe(0);
      expect(drugLine(itemOnly(), withItem({ frequency: 0 }, context({ usage: { ...NO_USAGE, passedLines: [passed('2024-06-10')] } }))).rejectionReason).toBe(0);
    });

    it('puts the trace’s window facts on the rejection', () => {
      const trace = drugLine(itemOnly(), weekly([passed('2024-06-08')])).trace;
      expect(trace.find((entry) => entry.check === 'frequency')).toMatchObject({ outcome: 'rejected', facts: { frequencyDays: 7, otherTargetDate: '2024-06-08', daysApart: 2 } });
    });
  });

  describe('order', () => {
    it('stops a line at its first failure, items 4 before 5 and services 5 before 4', () => {
      const usage = { ...NO_USAGE, passedLines: [{ insureeId: ID.insuree, claimId: 'c0', kind: 'item' as const, medicalId: ID.drug, targetDate: '2024-06-10' }] };
      const item = drugLine(itemOnly(), withItem({ frequency: 7, patientCategory: 8 }, context({ usage })));
      expect(item.rejectionReason).toBe(4);
      expect(item.trace.map((entry) => entry.check)).toEqual(['registers', 'price-list', 'care-type', 'patient-category']);
      const serviceUsage = { ...NO_USAGE, passedLines: [{ ...usage.passedLines[0], kind: 'service' as const, medicalId: ID.consultation }] };
      const service = adjudicateClaim(claim({ items: [] }), withService(ID.consultation, { frequency: 7, patientCategory: 8 }, context({ usage: serviceUsage }))).result.lines[0];
      expect(service.rejectionReason).toBe(5);
      expect(service.trace.map((entry) => entry.check)).toEqual(['registers', 'price-list', 'care-type', 'frequency']);
    });
  });
});
