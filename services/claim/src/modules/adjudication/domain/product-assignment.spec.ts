import { adjudicateClaim } from './adjudicate';
import { claim, context, ID, insureePolicy, line, lineTerms, policy, product } from './adjudication.fixtures';
import type { AdjudicationContext, LineLimit } from './adjudication-context';
import type { CoverageCandidate } from './checks/check';
import { assignProduct } from './product-assignment';

const candidate = (id: string, normal: LineLimit, emergency: LineLimit = normal): CoverageCandidate => ({
  insureePolicy: { ...insureePolicy({ id: `ip-${id}`, policyId: id }), effectiveDate: '2024-01-01' },
  policy: policy({ id }),
  product: product({ id: `product-${id}` }),
  productLine: lineTerms({ limits: { normal, emergency, referral: normal } }),
});
const C = (adult: number, child = adult): LineLimit => ({ limitationType: 'C', adult, child });
const F = (adult: number, child = adult): LineLimit => ({ limitationType: 'F', adult, child });
const choose = (price: number, ...candidates: CoverageCandidate[]) => assignProduct(candidates.map((one) => ({ candidate: one, unitPriceCents: price })), 'O', true).coverage.policyId;

describe('product assignment', () => {
  it('takes the best of the only kind offered: highest % or highest fixed limit (0 = unlimited)', () => {
    expect(choose(10000, candidate('c60', C(60)), candidate('c80', C(80)))).toBe('c80');
    expect(choose(10000, candidate('f50', F(50)), candidate('f0', F(0)), candidate('f90', F(90)))).toBe('f0');
  });

  it('prefers a fixed limit that is unlimited or above the price', () => {
    expect(choose(10000, candidate('c', C(90)), candidate('f', F(0)))).toBe('f');
    expect(choose(10000, candidate('c', C(90)), candidate('f', F(100.01)))).toBe('f');
  });

  it('prefers co-insurance at 100 % or more', () => {
    expect(choose(10000, candidate('c', C(100)), candidate('f', F(99)))).toBe('c');
  });

  it('otherwise leaves the insuree the smaller share (co-insurance on a tie)', () => {
    // Price 100: fixed 70 leaves 30, co-insurance 80 % leaves 20.
    expect(choose(10000, candidate('c', C(80)), candidate('f', F(70)))).toBe('c');
    expect(choose(10000, candidate('c', C(80)), candidate('f', F(90)))).toBe('f');
    expect(choose(10000, candidate('c', C(80)), candidate('f', F(80)))).toBe('c');
  });

  it('reads the visit type’s column and the child value for a minor', () => {
    const both = [candidate('c', C(50, 95), C(90)), candidate('f', F(70, 70), F(10))];
    const pick = (visit: 'O' | 'E', adult: boolean) => assignProduct(both.map((one) => ({ candidate: one, unitPriceCents: 10000 })), visit, adult).coverage;
    expect(pick('O', true)).toMatchObject({ policyId: 'f', limitation: 'F', limitationValue: 70 });
    expect(pick('O', false)).toMatchObject({ policyId: 'c', limitationValue: 95 });
    expect(pick('E', true)).toMatchObject({ policyId: 'c', limitationValue: 90 });
  });

  it('stores the paying policy and its product line’s terms on the passed line', () => {
    const base = context();
    const second = product({ id: 'product-2' }, { priceOrigin: 'O', limits: { normal: F(0), emergency: F(0), referral: F(0) } });
    const ctx: AdjudicationContext = {
      ...base,
      products: { ...base.products, [second.id]: second },
      policies: { ...base.policies, 'policy-2': policy({ id: 'policy-2', productId: second.id }) },
      insureePolicies: [...base.insureePolicies, insureePolicy({ id: 'ip-2', policyId: 'policy-2' })],
    };
    const { result } = adjudicateClaim(claim({ services: [], items: [line(ID.drug)] }), ctx);
    expect(result.lines[0].coverage).toEqual({ policyId: 'policy-2', productId: 'product-2', insureePolicyId: 'ip-2', priceOrigin: 'O', limitation: 'F', limitationValue: 0 });
    expect(result.lines[0].trace.map((entry) => entry.check)).toEqual([
      'registers',
      'price-list',
      'care-type',
      'patient-category',
      'frequency',
      'covering-product',
      'waiting-period',
      'maximum-quantity',
      'category-maximum',
      'waiting-period',
      'maximum-quantity',
      'category-maximum',
      'product-assignment',
      'valuation',
    ]);
  });
});
