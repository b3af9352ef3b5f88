import { adjudicateBatch, adjudicateClaim } from '../adjudicate';
import { claim, context, contextWithProduct, ID, insureePolicy, line, policy, product } from '../adjudication.fixtures';
import type { AdjudicationContext } from '../adjudication-context';
import { REJECTION } from '../claim-codes';
import type { ClaimToAdjudicate } from '../claim-to-adjudicate';
import { NO_USAGE } from '../usage-counters';

const drugClaim = (qty: number, overrides: Partial<ClaimToAdjudicate> = {}) => claim({ services: [], items: [line(ID.drug, { qtyProvided: qty })], ...overrides });

describe('checks per covering product', () => {
  describe('no covering product (3)', () => {
    it('rejects only the line whose item no product of the insuree covers', () => {
      const terms = product();
      const ctx = contextWithProduct({ ...terms, itemLines: {} });
      const { result } = adjudicateClaim(claim(), ctx);
      expect(result.lines.map((one) => one.rejectionReason)).toEqual([REJECTION.NO_COVERING_PRODUCT, 0]);
      expect(result.status).toBe('VALUATED');
    });

    it('needs a policy in force at the target date', () => {
      const policyEnded = context({ policies: { [ID.policy]: policy({ expiryDate: '2024-06-09' }) } });
      expect(adjudicateClaim(drugClaim(1), policyEnded).result.lines[0].rejectionReason).toBe(REJECTION.NO_COVERING_PRODUCT);
      const laterCoverage = context({ insureePolicies: [insureePolicy({ effectiveDate: '2024-06-05', expiryDate: '2024-06-09' }), insureePolicy({ id: 'ip-2', effectiveDate: '2024-06-10' })] });
      // The claim-level check passes on the second row; the product search then finds it too.
      expect(adjudicateClaim(drugClaim(1), laterCoverage).result.lines[0].coverage?.insureePolicyId).toBe('ip-2');
    });
  });

  describe('waiting period (17)', () => {
    const waiting = (stage: 'N' | 'R', insureeEffective: string, policyEffective = '2024-01-01') =>
      context({
        products: { [ID.product]: product({}, { waitingPeriodAdult: 3, waitingPeriodChild: 1 }) },
        policies: { [ID.policy]: policy({ stage, effectiveDate: policyEffective }) },
        insureePolicies: [insureePolicy({ effectiveDate: insureeEffective })],
      });
    const on = (date: string) => drugClaim(1, { dateFrom: date, dateClaimed: date });

    it('on a new policy: covered from the insuree’s effective date + the adult waiting months', () => {
      expect(adjudicateClaim(on('2024-03-31'), waiting('N', '2024-01-01')).result.lines[0].rejectionReason).toBe(REJECTION.WAITING_PERIOD);
      expect(adjudicateClaim(on('2024-04-01'), waiting('N', '2024-01-01')).result.lines[0].rejectionReason).toBe(0);
    });

    it('uses the child waiting period for a minor at the target date', () => {
      const child = { ...claim().insuree, birthDate: '2015-01-01' };
      expect(adjudicateClaim({ ...on('2024-01-31'), insuree: child }, waiting('N', '2024-01-01')).result.lines[0].rejectionReason).toBe(17);
      expect(adjudicateClaim({ ...on('2024-02-01'), insuree: child }, waiting('N', '2024-01-01')).result.lines[0].rejectionReason).toBe(0);
    });

    it('on a renewal: none for a member covered since the policy took effect', () => {
      expect(adjudicateClaim(on('2024-01-15'), waiting('R', '2024-01-01')).result.lines[0].rejectionReason).toBe(0);
    });

    it('on a renewal: counts for a member who joined after the policy took effect', () => {
      expect(adjudicateClaim(on('2024-04-30'), waiting('R', '2024-02-01')).result.lines[0].rejectionReason).toBe(17);
      expect(adjudicateClaim(on('2024-05-01'), waiting('R', '2024-02-01')).result.lines[0].rejectionReason).toBe(0);
    });

    it('traces the date the line is covered from', () => {
      const trace = adjudicateClaim(on('2024-02-01'), waiting('N', '2024-01-01')).result.lines[0].trace;
      expect(trace.find((entry) => entry.check === 'waiting-period')).toMatchObject({ policyId: ID.policy, facts: { coveredFrom: '2024-04-01', waitingMonths: 3 } });
    });
  });

  describe('maximum quantity (16)', () => {
    const limited = (used: number): AdjudicationContext =>
      context({
        products: { [ID.product]: product({}, { limitCountAdult: 5, limitCountChild: 1 }) },
        usage: { ...NO_USAGE, quantities: used ? [{ insureePolicyId: ID.insureePolicy, kind: 'item', medicalId: ID.drug, quantity: used }] : [] },
      });

    it('passes while the quota left covers the quantity (boundary: exactly the quota)', () => {
      const passed = adjudicateClaim(drugClaim(3), limited(2)).result.lines[0];
      expect([passed.status, passed.qtyApproved]).toEqual(['PASSED', 3]);
    });

    it('trims the quantity to a smaller quota left and values the trimmed quantity', () => {
      const { result } = adjudicateClaim(drugClaim(4), limited(2));
      expect([result.lines[0].status, result.lines[0].qtyApproved]).toEqual(['PASSED', 3]);
      expect(result.approved).toBe('30.00');
      expect(result.lines[0].valuation?.value).toBe('30.00');
      expect(result.lines[0].trace.find((entry) => entry.check === 'maximum-quantity')).toMatchObject({ outcome: 'trimmed', facts: { limit: 5, used: 2, left: 3, asked: 4 } });
    });

    it('rejects when nothing is left', () => {
      const rejected = adjudicateClaim(drugClaim(1), limited(5)).result.lines[0];
      expect([rejected.status, rejected.rejectionReason, rejected.qtyApproved]).toEqual(['REJECTED', REJECTION.MAX_QUANTITY, 0]);
    });

    it('shares the quota between two lines of one claim and between claims of a batch', () => {
      const twoLines = drugClaim(1, { items: [line(ID.drug, { qtyProvided: 2 }), line(ID.drug, { qtyProvided: 2 })] });
      expect(adjudicateClaim(twoLines, limited(2)).result.lines.map((one) => one.qtyApproved)).toEqual([2, 1]);
      const { results, usage } = adjudicateBatch([drugClaim(4, { id: 'a' }), drugClaim(4, { id: 'b' })], limited(0));
      expect(results.map((one) => one.lines[0].qtyApproved)).toEqual([4, 1]);
      expect(usage.quantities).toEqual([{ insureePolicyId: ID.insureePolicy, kind: 'item', medicalId: ID.drug, quantity: 5 }]);
    });

    it('uses the child limit for a minor and ignores a limit of 0 (unlimited)', () => {
      const child = { ...claim().insuree, birthDate: '2015-01-01' };
      expect(adjudicateClaim(drugClaim(3, { insuree: child }), limited(0)).result.lines[0].qtyApproved).toBe(1);
      expect(adjudicateClaim(drugClaim(1000), context()).result.lines[0].qtyApproved).toBe(1000);
    });

    it('falls back to another covering policy that still has quota', () => {
      const base = limited(5);
      const ctx: AdjudicationContext = {
        ...base,
        policies: { ...base.policies, 'policy-2': policy({ id: 'policy-2', effectiveDate: '2024-02-01' }) },
        insureePolicies: [...base.insureePolicies, insureePolicy({ id: 'ip-2', policyId: 'policy-2', effectiveDate: '2024-02-01' })],
      };
      const passed = adjudicateClaim(drugClaim(1), ctx).result.lines[0];
      expect([passed.status, passed.coverage?.policyId]).toEqual(['PASSED', 'policy-2']);
    });
  });

  describe('category maximum (11–15, 19)', () => {
    const maxSurgeries = (count: number, used: number) =>
      context({
        products: { [ID.product]: { ...product(), categoryLimits: { ...product().categoryLimits, surgery: { maxCount: count, maxAmount: null } } } },
        usage: { ...NO_USAGE, categories: used ? [{ insureePolicyId: ID.insureePolicy, category: 'S', claims: used }] : [] },
      });
    const surgeryClaim = (id = 'claim-1') => claim({ id, services: [line(ID.surgery), line(ID.consultation)] });

    it('rejects the whole claim, items included, with the category’s code when the count is reached', () => {
      const { result } = adjudicateClaim(surgeryClaim(), maxSurgeries(2, 2));
      expect(result.category).toBe('S');
      expect([result.status, result.rejectionReason]).toEqual(['REJECTED', REJECTION.MAX_SURGERIES]);
      expect(result.lines.map((one) => [one.status, one.rejectionReason])).toEqual([
        ['REJECTED', 14],
        ['REJECTED', 14],
        ['REJECTED', 14],
      ]);
    });

    it('passes below the count, and counts the claim once however many services it has', () => {
      const { results, usage } = adjudicateBatch([surgeryClaim('a'), surgeryClaim('b')], maxSurgeries(2, 1));
      expect(results.map((one) => one.status)).toEqual(['VALUATED', 'REJECTED']);
      expect(usage.categories).toEqual([{ insureePolicyId: ID.insureePolicy, category: 'S', claims: 2 }]);
    });

    it('a rejected claim consumes nothing', () => {
      const ctx = { ...maxSurgeries(1, 1), products: { [ID.product]: { ...maxSurgeries(1, 1).products[ID.product], itemLines: { [ID.drug]: product({}, { limitCountAdult: 10 }).itemLines[ID.drug] } } } };
      const { usage } = adjudicateClaim(surgeryClaim(), ctx);
      expect(usage.quantities).toEqual([]);
      expect(usage.passedLines).toEqual([]);
    });

    it.each([
      ['C', 'consultation', [line(ID.consultation)], null, 13],
      ['H', 'hospitalization', [line(ID.ward)], '2024-06-12', 11],
      ['V', 'visit', [line('service-visit')], null, 12],
    ] as const)('category %s reads max %s and rejects with %s', (category, limit, services, dateTo, code) => {
      const base = context();
      const ctx: AdjudicationContext = {
        ...base,
        services: { ...base.services, 'service-visit': { ...base.services[ID.consultation], id: 'service-visit', category: null } },
        products: { [ID.product]: { ...product(), serviceLines: { ...product().serviceLines, 'service-visit': product().serviceLines[ID.consultation] }, categoryLimits: { ...product().categoryLimits, [limit]: { maxCount: 0, maxAmount: null } } } },
        priceLists: { ...base.priceLists, [ID.servicePrices]: { id: ID.servicePrices, details: { ...base.priceLists[ID.servicePrices].details, 'service-visit': { price: null, validFrom: null, validTo: null } } } },
      };
      const { result } = adjudicateClaim(claim({ services: [...services], dateTo }), ctx);
      expect([result.category, result.rejectionReason]).toEqual([category, code]);
    });
  });
});
