import { LegacyFormulaPolicyValue } from './legacy-formula.policy-value';
import type { PolicyMember } from './policy-members';
import { quotePolicy } from './policy-quote';
import type { PolicyValueContext } from './policy-value-rule';
import type { PolicyValueProduct } from './policy-value-product';
import { member, product, workedExampleFamily, workedExampleProduct } from './policy-value.fixtures';

const formula = new LegacyFormulaPolicyValue();
const adult = () => member('1980-01-01');
const child = () => member('2015-01-01');

function valueOf(priced: PolicyValueProduct, members: readonly PolicyMember[], over: Partial<PolicyValueContext> = {}) {
  return formula.value({ product: priced, stage: 'N', enrolDate: '2024-04-15', startDate: '2024-04-15', previousExpiry: null, members, ageOfMajority: 18, ...over });
}

describe('legacy formula policy value', () => {
  it('prices §2\'s worked example at 16,650, starting 2024-07-01 and expiring 2025-06-30', () => {
    const quote = quotePolicy(
      { product: workedExampleProduct, stage: 'N', enrolDate: '2024-04-15', previousExpiry: null, members: workedExampleFamily, ageOfMajority: 18, today: '2024-04-15' },
      formula,
      formula,
    );
    expect(quote).toEqual({
      value: '16650.00',
      startDate: '2024-07-01',
      expiryDate: '2025-06-30',
      effectiveDateIfPaidToday: '2024-07-01',
      lastDateForPayment: '2024-07-31',
      breakdown: { contribution: '14500.00', generalAssembly: '1000.00', registration: '3000.00', discount: '1850.00' },
      warnings: [],
      rule: 'legacy-formula',
    });
  });

  it('prices the renewal of that family at 15,500 before its discount: no registration fee', () => {
    const renewal = valueOf(workedExampleProduct, workedExampleFamily, { stage: 'R', enrolDate: '2025-06-20', startDate: '2025-07-01', previousExpiry: '2025-06-30' });
    expect(renewal).toMatchObject({ value: '15500.00', breakdown: { contribution: '14500.00', generalAssembly: '1000.00', registration: '0.00', discount: '0.00' } });
  });

  it('prices the module test at 980: 2 adults × 300 + registration lump sum 250 + general assembly lump sum 130', () => {
    const priced = product({ premiumAdult: '300.00', registrationLumpSum: '250.00', generalAssemblyLumpSum: '130.00' });
    expect(valueOf(priced, [adult(), adult()]).value).toBe('980.00');
  });

  it('counts a member as an adult from the day they reach the age of majority at the enrolment date', () => {
    const priced = product({ premiumAdult: '100.00', premiumChild: '10.00' });
    expect(valueOf(priced, [member('2006-04-15')]).value).toBe('100.00');
    expect(valueOf(priced, [member('2006-04-16')]).value).toBe('10.00');
    expect(valueOf(priced, [member('2006-04-16')], { ageOfMajority: 17 }).value).toBe('100.00');
  });

  it('caps the members at memberCount keeping adults, then children, other children, other adults, with a warning', () => {
    const [a1, a2, c1, c2, oc, oa] = [adult(), adult(), child(), child(), member('2016-01-01', '7'), member('1950-01-01', '7')];
    const priced = product({ memberCount: 5, premiumAdult: '100.00', premiumChild: '10.00', generalAssemblyFee: '1.00' });
    const capped = valueOf(priced, [oa, oc, c1, a1, c2, a2]);
    // A 2 × 100 + C 2 × 10 + OC 1 × 10 + assembly 5 × 1; the other adult is left out.
    expect(capped.value).toBe('235.00');
    expect(capped.warnings).toEqual([{ code: 'MEMBER_CAP_EXCEEDED', message: expect.stringContaining('at most 5'), memberIds: [oa.id] }]);
    const tight = valueOf({ ...priced, memberCount: 3 }, [oa, oc, c1, a1, c2, a2]);
    expect(tight.value).toBe('213.00'); // A 2 × 100 + C 1 × 10 + assembly 3 × 1
    expect(tight.warnings[0].memberIds).toEqual([oa.id, oc.id, c2.id]);
    expect(valueOf({ ...priced, memberCount: 6 }, [oa, oc, c1, a1, c2, a2]).warnings).toEqual([]);
  });

  it('adds members above the threshold to the lump sum, children filling what adults leave, others always outside', () => {
    const priced = product({ lumpSum: '1000.00', threshold: 2, premiumAdult: '100.00', premiumChild: '10.00' });
    expect(valueOf(priced, [adult(), adult(), adult(), child(), child()]).value).toBe('1120.00'); // extra A 1, extra C 2
    expect(valueOf(priced, [adult(), child(), child(), child()]).value).toBe('1020.00'); // extra C 3 − (2 − 1) = 2
    expect(valueOf(priced, [adult(), child()]).value).toBe('1000.00');
    expect(valueOf(priced, [adult(), member('1950-01-01', '7'), member('2016-01-01', '7')]).value).toBe('1110.00');
    expect(valueOf({ ...priced, threshold: 0 }, [adult(), adult(), adult(), child()]).value).toBe('1000.00');
  });

  it('counts each member once with no lump sum, whatever the threshold (no double counting of extras)', () => {
    const priced = product({ lumpSum: '0.00', threshold: 2, premiumAdult: '100.00', premiumChild: '10.00' });
    expect(valueOf(priced, [adult(), adult(), adult(), child(), child()]).value).toBe('320.00');
    expect(valueOf({ ...priced, threshold: 0 }, [adult(), adult(), adult(), child(), child()]).value).toBe('320.00');
  });

  it('charges fees per counted member without a lump sum: general assembly at every stage, registration only when new', () => {
    const priced = product({ registrationFee: '5.50', generalAssemblyFee: '2.25' });
    const family = [adult(), child(), member('1950-01-01', '7')];
    expect(valueOf(priced, family).breakdown).toMatchObject({ registration: '16.50', generalAssembly: '6.75' });
    expect(valueOf(priced, family, { stage: 'R', previousExpiry: '2024-12-31' }).breakdown).toMatchObject({ registration: '0.00', generalAssembly: '6.75' });
  });

  it('discounts a new enrolment on cycles enrolled at least the period before the start, not a day later', () => {
    const priced = product({ premiumAdult: '1000.00', startCycles: ['01-07'], enrolmentDiscountPercent: 10, enrolmentDiscountPeriod: 2 });
    const at = (enrolDate: string) => valueOf(priced, [adult()], { enrolDate, startDate: '2024-07-01' }).value;
    expect(at('2024-05-01')).toBe('900.00');
    expect(at('2024-05-02')).toBe('1000.00');
    expect(valueOf({ ...priced, startCycles: [] }, [adult()], { enrolDate: '2024-01-01', startDate: '2024-07-01' }).value).toBe('1000.00');
    expect(valueOf({ ...priced, enrolmentDiscountPeriod: 0 }, [adult()], { enrolDate: '2024-01-01', startDate: '2024-07-01' }).value).toBe('1000.00');
    expect(valueOf({ ...priced, enrolmentDiscountPercent: 0 }, [adult()], { enrolDate: '2024-01-01', startDate: '2024-07-01' }).value).toBe('1000.00');
  });

  it('discounts a renewal made at least the period before the day after the previous expiry, cycles or not', () => {
    const priced = product({ premiumAdult: '1000.00', renewalDiscountPercent: 25, renewalDiscountPeriod: 1 });
    const at = (enrolDate: string) => valueOf(priced, [adult()], { stage: 'R', enrolDate, startDate: '2025-07-01', previousExpiry: '2025-06-30' }).value;
    expect(at('2025-06-01')).toBe('750.00');
    expect(at('2025-06-02')).toBe('1000.00');
    expect(valueOf({ ...priced, renewalDiscountPeriod: 0 }, [adult()], { stage: 'R', enrolDate: '2025-01-01', previousExpiry: '2025-06-30' }).value).toBe('1000.00');
  });

  it('rounds the discount half up to the cent', () => {
    const priced = (premiumAdult: string) => product({ premiumAdult, startCycles: ['01-07'], enrolmentDiscountPercent: 10, enrolmentDiscountPeriod: 1 });
    const early = { enrolDate: '2024-01-01', startDate: '2024-07-01' };
    expect(valueOf(priced('333.33'), [adult()], early).breakdown?.discount).toBe('33.33');
    expect(valueOf(priced('0.05'), [adult()], early)).toMatchObject({ value: '0.04', breakdown: { discount: '0.01' } });
    expect(valueOf(priced('9999999999999.99'), [adult()], early).value).toBe('8999999999999.99');
  });
});
