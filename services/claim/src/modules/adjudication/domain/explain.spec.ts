import { adjudicateBatch, adjudicateClaim } from './adjudicate';
import { claim, context, ID, insureePolicy, line, product } from './adjudication.fixtures';
import type { AdjudicationContext } from './adjudication-context';
import type { ClaimToAdjudicate } from './claim-to-adjudicate';
import { explainLine } from './explain';
import { NO_USAGE } from './usage-counters';

const explain = (claimToExplain: ClaimToAdjudicate, ctx: AdjudicationContext, options = {}) => adjudicateClaim(claimToExplain, ctx, options).result.lines.map((one) => one.explanation);
const drug = (overrides = {}) => claim({ services: [], items: [line(ID.drug, overrides)] });
const withDrug = (overrides: object, base = context()): AdjudicationContext => ({ ...base, items: { ...base.items, [ID.drug]: { ...base.items[ID.drug], ...overrides } } });

describe('explainLine', () => {
  it('says what was accepted and how it was paid', () => {
    const base = product({ deductible: { general: '5.00', inPatient: null, outPatient: null }, ceiling: { general: '12.00', inPatient: null, outPatient: null } }, { limitCountAdult: 4 });
    const ctx = context({ products: { [ID.product]: base }, usage: { ...NO_USAGE, quantities: [{ insureePolicyId: ID.insureePolicy, kind: 'item', medicalId: ID.drug, quantity: 2 }] } });
    expect(explain(drug({ qtyProvided: 3 }), ctx)).toEqual([
      'Accepted for 2 of the 3 asked (only 2 of the 4 allowed in the policy period were left): 2 × 10.00 = 20.00, 5.00 deductible, 3.00 above the ceiling; 12.00 paid.',
    ]);
  });

  it('mentions co-insurance, relative prices and lines not valued yet', () => {
    const coInsured = product({}, { priceOrigin: 'R', limits: { normal: { limitationType: 'C', adult: 80, child: 80 }, emergency: { limitationType: 'C', adult: 80, child: 80 }, referral: { limitationType: 'C', adult: 80, child: 80 } } });
    expect(explain(drug(), context({ products: { [ID.product]: coInsured } }))).toEqual(['Accepted: 1 × 10.00 = 10.00, 80% co-insurance; 8.00 valued at relative prices, paid after the period’s index.']);
    expect(explain(drug(), context(), { valuate: false })).toEqual(['Accepted; not valued yet.']);
  });

  it('gives the reason and its facts for each rejection', () => {
    const waiting = context({ products: { [ID.product]: product({}, { waitingPeriodAdult: 6 }) } });
    const frequent = withDrug({ frequency: 30 }, context({ usage: { ...NO_USAGE, passedLines: [{ insureeId: ID.insuree, claimId: 'c0', kind: 'item', medicalId: ID.drug, targetDate: '2024-06-01' }] } }));
    const quotaUsed = context({ products: { [ID.product]: product({}, { limitCountAdult: 5 }) }, usage: { ...NO_USAGE, quantities: [{ insureePolicyId: ID.insureePolicy, kind: 'item', medicalId: ID.drug, quantity: 5 }] } });
    const cases: [ClaimToAdjudicate, AdjudicationContext, string][] = [
      [drug({ medicalId: 'nope' }), context(), 'Rejected (reason 1): it is not in the register.'],
      [drug(), withDrug({ validTo: '2024-01-01' }), 'Rejected (reason 1): it is not valid in the register on 2024-06-10.'],
      [drug(), withDrug({ careType: 'I' }), 'Rejected (reason 10): it is an in-patient line on a day visit.'],
      [drug(), withDrug({ patientCategory: 1 | 4 }), 'Rejected (reason 4): it is not meant for a female adult.'],
      [drug(), frequent, 'Rejected (reason 5): it was already provided on 2024-06-01, 9 days away, and may be provided once every 30 days.'],
      [drug(), context({ products: { [ID.product]: product({ itemLines: {} }) } }), 'Rejected (reason 3): no policy of the insuree covers it on 2024-06-10.'],
      [drug(), waiting, 'Rejected (reason 17): it is covered only from 2024-07-01, after a waiting period of 6 months.'],
      [drug(), quotaUsed, 'Rejected (reason 16): the 5 allowed in the policy period were all used.'],
      [claim({ dateClaimed: '2024-01-01', services: [] }), context(), 'Rejected (reason 9): the claim’s dates are invalid (claimed before the treatment).'],
      [drug(), context({ insureePolicies: [insureePolicy({ expiryDate: '2024-05-31' })] }), 'Rejected (reason 7): the insuree had no coverage from 2024-06-10 to 2024-06-10.'],
    ];
    for (const [claimToExplain, ctx, sentence] of cases) expect(explain(claimToExplain, ctx)[0]).toBe(sentence);
  });

  it('tells the other lines of a claim rejected for a category maximum why', () => {
    const limited = context({ products: { [ID.product]: { ...product(), categoryLimits: { ...product().categoryLimits, surgery: { maxCount: 1, maxAmount: null } } } } });
    const surgery = (id: string) => claim({ id, services: [line(ID.surgery)] });
    const { results } = adjudicateBatch([surgery('a'), surgery('b')], limited);
    expect(results[1].lines.map((one) => one.explanation)).toEqual([
      'Rejected (reason 14): the insuree already had the most surgery claims the policy allows.',
      'Rejected (reason 14): the insuree already had 1 of the 1 surgery claims allowed in the policy period.',
    ]);
  });

  it('falls back to the check’s name for a scheme’s own check and handles an empty trace', () => {
    expect(explainLine([{ check: 'local-rule', outcome: 'rejected', code: 1, facts: {} }])).toBe('Rejected (reason 1): the check "local-rule" failed.');
    expect(explainLine([])).toBe('Not adjudicated.');
  });
});
