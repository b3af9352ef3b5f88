import { adjudicateBatch, adjudicateClaim } from './adjudicate';
import { claim, context, ID, insureePolicy, line, lineTerms, policy, product } from './adjudication.fixtures';
import type { AdjudicationContext, ProductLineTerms, ProductTerms, SplitAmount } from './adjudication-context';
import type { ClaimToAdjudicate } from './claim-to-adjudicate';

const none: SplitAmount = { general: null, inPatient: null, outPatient: null };
const general = (amount: string): SplitAmount => ({ ...none, general: amount });
const drugs = (prices: string[], overrides: Partial<ClaimToAdjudicate> = {}) =>
  claim({ services: [], items: prices.map((priceAsked) => line(ID.drug, { priceAsked, qtyProvided: 1 })), ...overrides });
const terms = (overrides: Partial<ProductTerms> = {}, lineOverrides: Partial<ProductLineTerms> = {}): AdjudicationContext => {
  const built = product(overrides, { priceOrigin: 'O', ...lineOverrides });
  return context({ products: { [ID.product]: built } });
};
const valuations = (claimToValue: ClaimToAdjudicate, ctx: AdjudicationContext) => adjudicateClaim(claimToValue, ctx).result.lines.map((one) => one.valuation);

describe('valuation', () => {
  describe('unit price (step 1)', () => {
    const priced = (origin: 'P' | 'O' | 'R', override: string | null, priceApproved: string | null = null) => {
      const base = terms({}, { priceOrigin: origin });
      const ctx = { ...base, priceLists: { ...base.priceLists, [ID.itemPrices]: { id: ID.itemPrices, details: { [ID.drug]: { price: override, validFrom: null, validTo: null } } } } };
      return valuations(claim({ services: [], items: [line(ID.drug, { priceAsked: '12.00', priceApproved })] }), ctx)[0]?.priceAdjusted;
    };

    it('takes the provider’s price for origin O, the price list’s override (else the register price) for P and R', () => {
      expect(priced('O', '9.00')).toBe('12.00');
      expect(priced('P', '9.00')).toBe('9.00');
      expect(priced('P', null)).toBe('10.00');
      expect(priced('R', '9.00')).toBe('9.00');
    });

    it('takes the reviewer’s approved price over everything', () => {
      expect(priced('P', '9.00', '7.50')).toBe('7.50');
    });
  });

  describe('limits (steps 2 and 4)', () => {
    const withLimit = (limitationType: 'C' | 'F', adult: number) => terms({}, { limits: { normal: { limitationType, adult, child: 0 }, emergency: { limitationType, adult: 0, child: 0 }, referral: { limitationType, adult: 0, child: 0 } } });

    it('co-insurance pays the limit % of the value', () => {
      const [valued] = valuations(claim({ services: [], items: [line(ID.drug, { priceAsked: '10.00', qtyProvided: 3 })] }), withLimit('C', 80));
      expect([valued?.value, valued?.priceValuated, valued?.remuneratedAmount]).toEqual(['30.00', '24.00', '24.00']);
    });

    it('a fixed limit pays at most the limit per unit; 0 is unlimited', () => {
      const twoAt10 = claim({ services: [], items: [line(ID.drug, { priceAsked: '10.00', qtyProvided: 2 })] });
      expect(valuations(twoAt10, withLimit('F', 7.5))[0]?.priceValuated).toBe('15.00');
      expect(valuations(twoAt10, withLimit('F', 12))[0]?.priceValuated).toBe('20.00');
      expect(valuations(twoAt10, withLimit('F', 0))[0]?.priceValuated).toBe('20.00');
    });

    it('rounds co-insurance to the cent', () => {
      expect(valuations(drugs(['0.99']), withLimit('C', 50))[0]?.priceValuated).toBe('0.50');
    });
  });

  describe('deductible then ceiling (steps 3 and 7)', () => {
    const insureeCeiling = terms({ ceilingType: 'I', deductible: general('15.00'), ceiling: general('30.00') });

    it('deducts first, then pays up to the ceiling, across lines and claims', () => {
      const first = adjudicateBatch([drugs(['10.00', '10.00'], { id: 'a' }), drugs(['40.00'], { id: 'b' })], insureeCeiling);
      const [a, b] = first.results;
      expect(a.lines.map((one) => [one.valuation?.deductibleAmount, one.valuation?.priceValuated])).toEqual([
        ['10.00', '0.00'],
        ['5.00', '5.00'],
      ]);
      expect(b.lines.map((one) => [one.valuation?.deductibleAmount, one.valuation?.priceValuated, one.valuation?.exceedCeilingAmount])).toEqual([['0.00', '25.00', '15.00']]);
      expect(first.usage.insureeAmounts).toEqual([
        { policyId: ID.policy, insureeId: ID.insuree, deducted: { general: '15.00', inPatient: '0.00', outPatient: '15.00' }, remunerated: { general: '30.00', inPatient: '0.00', outPatient: '30.00' } },
      ]);
      expect(a.dedRem).toEqual([
        {
          claimId: 'a',
          policyId: ID.policy,
          insureeId: ID.insuree,
          hospital: false,
          deducted: { general: '15.00', inPatient: '0.00', outPatient: '15.00' },
          remunerated: { general: '5.00', inPatient: '0.00', outPatient: '5.00' },
        },
      ]);
    });

    it('applies co-insurance after the deductible', () => {
      const ctx = terms({ deductible: general('10.00') }, { limits: { normal: { limitationType: 'C', adult: 50, child: 50 }, emergency: lineTerms().limits.emergency, referral: lineTerms().limits.referral } });
      const [valued] = valuations(drugs(['30.00']), ctx);
      expect([valued?.deductibleAmount, valued?.priceValuated]).toEqual(['10.00', '10.00']);
    });

    it('uses the in- or out-patient amounts by the hospital context: the claim (I) or the facility level (H)', () => {
      const split = { ceilingType: 'I' as const, deductible: { general: null, inPatient: '5.00', outPatient: '1.00' } };
      const stay = { dateTo: '2024-06-11' };
      expect(valuations(drugs(['10.00'], stay), terms({ ...split, ceilingInterpretation: 'I' }))[0]?.deductibleAmount).toBe('5.00');
      expect(valuations(drugs(['10.00']), terms({ ...split, ceilingInterpretation: 'I' }))[0]?.deductibleAmount).toBe('1.00');
      const hospital = { facility: { ...claim().facility, level: 'H' as const } };
      expect(valuations(drugs(['10.00'], hospital), terms({ ...split, ceilingInterpretation: 'H' }))[0]?.deductibleAmount).toBe('5.00');
      expect(valuations(drugs(['10.00'], stay), terms({ ...split, ceilingInterpretation: 'H' }))[0]?.deductibleAmount).toBe('1.00');
    });

    it('pays everything with no ceiling set', () => {
      expect(valuations(drugs(['999.00']), terms({ deductible: none, ceiling: none }))[0]?.priceValuated).toBe('999.00');
    });
  });

  describe('ceiling types', () => {
    const family = (ceilingType: 'I' | 'T' | 'P', extra: Partial<ProductTerms> = {}): AdjudicationContext => {
      const base = terms({ ceilingType, ceiling: general('50.00'), deductible: general('5.00'), ...extra });
      return {
        ...base,
        policies: { [ID.policy]: policy({ memberCount: 3 }) },
        insureePolicies: [insureePolicy(), insureePolicy({ id: 'ip-2', insureeId: 'insuree-2' })],
      };
    };
    const second = { ...claim().insuree, id: 'insuree-2' };
    const three = [drugs(['40.00'], { id: 'a' }), drugs(['40.00'], { id: 'b' }), drugs(['40.00'], { id: 'c', insuree: second })];
    const paid = (ctx: AdjudicationContext) => adjudicateBatch(three, ctx).results.map((one) => one.valuated);

    it('T: every claim has the whole deductible and ceiling', () => {
      expect(paid(family('T'))).toEqual(['35.00', '35.00', '35.00']);
    });

    it('I: each insuree under the policy has their own', () => {
      expect(paid(family('I'))).toEqual(['35.00', '15.00', '35.00']);
    });

    it('P: the family shares them', () => {
      expect(paid(family('P', { threshold: 6 }))).toEqual(['35.00', '15.00', '0.00']);
    });

    it('P: the ceiling grows per member above the threshold, up to the policy maximum', () => {
      const raised = { threshold: 1, extraMemberCeiling: general('10.00') };
      expect(paid(family('P', raised))).toEqual(['35.00', '35.00', '0.00']);
      expect(paid(family('P', { ...raised, maxPolicyCeiling: general('60.00') }))).toEqual(['35.00', '25.00', '0.00']);
    });
  });

  describe('per-claim category maximum (step 5)', () => {
    const consultations = (maxAmount: string | null) =>
      context({ products: { [ID.product]: { ...product({}, { priceOrigin: 'O' }), categoryLimits: { ...product().categoryLimits, consultation: { maxCount: null, maxAmount } } } } });

    it('pays up to the category’s amount per claim; the excess is kept apart', () => {
      const twoConsultations = claim({ items: [], services: [line(ID.consultation, { priceAsked: '10.00' }), line(ID.consultation, { priceAsked: '10.00' })] });
      const lines = valuations(twoConsultations, consultations('15.00'));
      expect(lines.map((one) => [one?.priceValuated, one?.exceedCeilingAmountCategory])).toEqual([
        ['10.00', '0.00'],
        ['5.00', '5.00'],
      ]);
      // A new claim starts again from zero.
      const { results } = adjudicateBatch([{ ...twoConsultations, id: 'a' }, { ...twoConsultations, id: 'b' }], consultations('15.00'));
      expect(results.map((one) => one.valuated)).toEqual(['15.00', '15.00']);
    });

    it('has no per-claim amount for visits', () => {
      const base = consultations('1.00');
      const ctx = { ...base, products: { [ID.product]: { ...base.products[ID.product], categoryLimits: { ...base.products[ID.product].categoryLimits, visit: { maxCount: null, maxAmount: '1.00' } } } } };
      expect(adjudicateClaim(drugs(['10.00']), ctx).result).toMatchObject({ category: 'V', valuated: '10.00' });
    });
  });

  describe('ceiling exclusions (step 6)', () => {
    const excluded = (exclusion: 'H' | 'N' | 'B') => terms({ ceilingInterpretation: 'H', ceiling: general('5.00') }, { ceilingExclusionAdult: exclusion, ceilingExclusionChild: null });
    const atHospital = { facility: { ...claim().facility, level: 'H' as const } };

    it('pays in full outside the ceiling in the matching context, and consumes nothing', () => {
      const { result, usage } = adjudicateClaim(drugs(['20.00'], atHospital), excluded('H'));
      expect([result.valuated, result.lines[0].valuation?.exceedCeilingAmount]).toEqual(['20.00', '0.00']);
      expect(usage.insureeAmounts[0].remunerated.general).toBe('0.00');
      expect(adjudicateClaim(drugs(['20.00']), excluded('N')).result.valuated).toBe('20.00');
      expect(adjudicateClaim(drugs(['20.00'], atHospital), excluded('B')).result.valuated).toBe('20.00');
    });

    it('applies the ceiling outside the matching context', () => {
      expect(adjudicateClaim(drugs(['20.00']), excluded('H')).result.valuated).toBe('5.00');
      expect(adjudicateClaim(drugs(['20.00'], atHospital), excluded('N')).result.valuated).toBe('5.00');
    });

    it('reads the child exclusion for a minor', () => {
      const child = { ...claim().insuree, birthDate: '2015-01-01' };
      expect(adjudicateClaim(drugs(['20.00'], { ...atHospital, insuree: child }), excluded('H')).result.valuated).toBe('5.00');
    });
  });

  describe('claim outcome (step 8)', () => {
    it('Valuated with remunerated = Σ paid when no line has a relative price', () => {
      expect(adjudicateClaim(claim(), context()).result).toMatchObject({ status: 'VALUATED', valuated: '40.00', remunerated: '40.00' });
    });

    it('Processed, remuneration pending, when a passed line has a relative price', () => {
      const ctx = terms({}, { priceOrigin: 'R' });
      const { result } = adjudicateClaim(drugs(['12.00']), ctx);
      expect(result).toMatchObject({ status: 'PROCESSED', valuated: '10.00', remunerated: null });
      expect(result.lines[0].valuation).toMatchObject({ priceValuated: '10.00', remuneratedAmount: null });
    });

    it('stops at Checked when asked not to valuate', () => {
      const { result, usage } = adjudicateClaim(claim(), context(), { valuate: false });
      expect(result).toMatchObject({ status: 'CHECKED', approved: '40.00', valuated: null });
      expect(result.lines.every((one) => one.valuation === null)).toBe(true);
      expect(usage.insureeAmounts).toEqual([]);
    });
  });
});
