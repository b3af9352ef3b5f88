import { enquireLine, type CoveringPolicy } from './line-enquiry';
import { remainingAmounts, type CeilingProduct } from './remaining-amounts';
import { claimsOf, countLeft, usedAgainstLimits, type UsageTotals } from './usage';

describe('usage against a policy’s limits', () => {
  const member: UsageTotals = { remuneratedInPatient: '3000', remuneratedOutPatient: '500.50', deductibleInPatient: '20', deductibleOutPatient: '30' };
  const family: UsageTotals = { remuneratedInPatient: '9000', remuneratedOutPatient: '1000', deductibleInPatient: '60', deductibleOutPatient: '70' };

  it('counts the member’s claims for an insuree ceiling, the family’s for a policy ceiling, none for a treatment ceiling', () => {
    expect(usedAgainstLimits('I', member, family)).toEqual({
      remunerated: { general: '3500.50', inPatient: '3000.00', outPatient: '500.50' },
      deductible: { general: '50.00', inPatient: '20.00', outPatient: '30.00' },
    });
    expect(usedAgainstLimits('P', member, family).remunerated).toEqual({ general: '10000.00', inPatient: '9000.00', outPatient: '1000.00' });
    expect(usedAgainstLimits('T', member, family).remunerated).toEqual({ general: '0.00', inPatient: '0.00', outPatient: '0.00' });
    expect(usedAgainstLimits('I', null, family).deductible).toEqual({ general: '0.00', inPatient: '0.00', outPatient: '0.00' });
  });

  it('subtracts remunerated amounts from ceilings and deductibles from deductibles, general against in- plus out-patient, clamped at zero', () => {
    const product: CeilingProduct = {
      ceilingType: 'I',
      deductible: { general: null, inPatient: '25', outPatient: '100' },
      ceiling: { general: '3200', inPatient: null, outPatient: null },
      extraMemberCeiling: { general: null, inPatient: null, outPatient: null },
      maxPolicyCeiling: { general: null, inPatient: null, outPatient: null },
      threshold: 0,
      memberCount: 1,
    };
    expect(remainingAmounts(product, 1, usedAgainstLimits('I', member, family))).toEqual({
      deductible: { general: null, inPatient: '5.00', outPatient: '70.00' },
      ceiling: { general: '0.00', inPatient: null, outPatient: null },
    });
  });

  it('leaves the category maximum less the member’s claims of the category (null stays unlimited)', () => {
    const counts = { S: 2, C: 5 };
    expect(countLeft(3, claimsOf(counts, 'surgery'))).toBe(1);
    expect(countLeft(3, claimsOf(counts, 'consultation'))).toBe(0);
    expect(countLeft(3, claimsOf(null, 'delivery'))).toBe(3);
    expect(countLeft(null, claimsOf(counts, 'surgery'))).toBeNull();
  });

  it('leaves an item’s limit less the quantity the member used on each policy, the largest across policies', () => {
    const line = { waitingPeriodAdult: 0, waitingPeriodChild: 0, limitCountAdult: 4, limitCountChild: 4 };
    const policy = (used: number): CoveringPolicy => ({ effectiveDate: '2025-01-01', line, categoryCountLeft: null, categoryAmount: null, used });
    const adult = { targetDate: '2025-06-01', birthDate: '1990-01-01', ageOfMajority: 18 };
    expect(enquireLine([policy(3), policy(1)], adult)).toMatchObject({ left: 3, isOk: true });
    expect(enquireLine([policy(4), policy(6)], adult)).toMatchObject({ left: 0, isOk: false });
    expect(enquireLine([policy(2.5)], adult)).toMatchObject({ left: 1 });
  });
});
