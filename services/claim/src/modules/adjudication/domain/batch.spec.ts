import { addDays } from '@imis/kernel';
import { adjudicateBatch, adjudicateClaim, type ClaimAdjudication } from './adjudicate';
import { claim, context, ID, insureePolicy, line, lineTerms, policy, product } from './adjudication.fixtures';
import type { AdjudicationContext } from './adjudication-context';
import type { ClaimToAdjudicate } from './claim-to-adjudicate';
import type { UsageCounters } from './usage-counters';

/** A small deterministic generator (mulberry32): the same seed gives the same claims. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)), pick: <T>(values: readonly T[]) => values[Math.floor(next() * values.length)] };
}

/**
 * Two families: A and B share a policy whose product has policy-wide (P) deductible and ceiling; C has an insuree
 * (I) ceiling split in/out-patient. Items have a frequency and a quantity limit; surgeries and consultations have
 * category maxima and a per-claim consultation amount.
 */
function world(): AdjudicationContext {
  const base = context();
  const shared = product(
    {
      id: 'product-family',
      ceilingType: 'P',
      deductible: { general: '15.00', inPatient: null, outPatient: null },
      ceiling: { general: '400.00', inPatient: null, outPatient: null },
      extraMemberCeiling: { general: '50.00', inPatient: null, outPatient: null },
      threshold: 1,
      categoryLimits: { ...product().categoryLimits, surgery: { maxCount: 1, maxAmount: null }, consultation: { maxCount: 4, maxAmount: '15.00' } },
    },
    { limitCountAdult: 6, limitCountChild: 3, limits: { normal: { limitationType: 'C', adult: 80, child: 90 }, emergency: { limitationType: 'F', adult: 8, child: 8 }, referral: { limitationType: 'C', adult: 100, child: 100 } } },
  );
  const single = product(
    {
      id: 'product-single',
      ceilingType: 'I',
      deductible: { general: null, inPatient: '30.00', outPatient: '5.00' },
      ceiling: { general: null, inPatient: '600.00', outPatient: '120.00' },
      categoryLimits: { ...product().categoryLimits, hospitalization: { maxCount: 2, maxAmount: null } },
    },
    { waitingPeriodAdult: 2, limitCountAdult: 4 },
  );
  return {
    ...base,
    items: { ...base.items, [ID.drug]: { ...base.items[ID.drug], frequency: 10 } },
    products: { [shared.id]: { ...shared, itemLines: { [ID.drug]: lineTerms({ limitCountAdult: 6, priceOrigin: 'O' }) } }, [single.id]: single },
    policies: {
      'policy-family': policy({ id: 'policy-family', productId: shared.id, memberCount: 2 }),
      'policy-single': policy({ id: 'policy-single', familyId: 'family-2', productId: single.id, stage: 'R', effectiveDate: '2024-03-01', expiryDate: '2025-02-28' }),
    },
    insureePolicies: [
      insureePolicy({ id: 'ip-a', policyId: 'policy-family', insureeId: 'insuree-a' }),
      insureePolicy({ id: 'ip-b', policyId: 'policy-family', insureeId: 'insuree-b', effectiveDate: '2024-02-15' }),
      insureePolicy({ id: 'ip-c', policyId: 'policy-single', insureeId: 'insuree-c', effectiveDate: '2024-04-01', expiryDate: '2025-02-28' }),
    ],
  };
}

const INSUREES = [
  { id: 'insuree-a', familyId: 'family-1', birthDate: '1990-02-01', gender: 'F' as const, active: true },
  { id: 'insuree-b', familyId: 'family-1', birthDate: '2010-07-01', gender: 'M' as const, active: true },
  { id: 'insuree-c', familyId: 'family-2', birthDate: '1975-03-03', gender: 'O' as const, active: true },
];

function generatedClaims(seed: number, count: number): ClaimToAdjudicate[] {
  const rnd = random(seed);
  return Array.from({ length: count }, (_, index) => {
    const dateFrom = addDays('2024-01-01', rnd.int(0, 360));
    const stay = rnd.pick([0, 0, 0, 1, 3]);
    const services = Array.from({ length: rnd.int(0, 2) }, () => line(rnd.pick([ID.consultation, ID.consultation, ID.surgery, ID.ward]), { priceAsked: '25.00', qtyProvided: rnd.int(1, 2) }));
    const items = Array.from({ length: rnd.int(0, 2) }, () => line(rnd.pick([ID.drug, 'item-unknown']), { priceAsked: `${rnd.int(5, 40)}.50`, qtyProvided: rnd.int(1, 4) }));
    return claim({
      id: `claim-${seed}-${index}`,
      insuree: rnd.pick(INSUREES),
      visitType: rnd.pick(['O', 'O', 'E', 'R'] as const),
      facility: { ...claim().facility, level: rnd.pick(['D', 'H'] as const) },
      dateFrom,
      dateTo: stay ? addDays(dateFrom, stay) : null,
      dateClaimed: addDays(dateFrom, 2),
      items,
      services,
    });
  });
}

function oneByOne(claims: readonly ClaimToAdjudicate[], ctx: AdjudicationContext): { results: ClaimAdjudication[]; usage: UsageCounters } {
  let usage = ctx.usage;
  const results = claims.map((one) => {
    const next = adjudicateClaim(one, { ...ctx, usage });
    usage = next.usage;
    return next.result;
  });
  return { results, usage };
}

describe('batch == sequential', () => {
  it.each(Array.from({ length: 25 }, (_, seed) => seed + 1))('seed %i: a batch gives what one claim after another gives', (seed) => {
    const claims = generatedClaims(seed, 40);
    const ctx = world();
    const batch = adjudicateBatch(claims, ctx);
    const sequential = oneByOne(claims, ctx);
    expect(batch.results).toEqual(sequential.results);
    expect(batch.usage).toEqual(sequential.usage);
  });

  it('the generated claims exercise the shared counters (so the property is not vacuous)', () => {
    const results = Array.from({ length: 25 }, (_, seed) => adjudicateBatch(generatedClaims(seed + 1, 40), world()).results).flat();
    const reasons = new Set(results.flatMap((one) => one.lines.map((entry) => entry.rejectionReason)));
    for (const code of [0, 1, 5, 7, 10, 14, 16, 17]) expect(reasons).toContain(code);
    const trimmed = results.flatMap((one) => one.lines).filter((entry) => entry.trace.some((step) => step.outcome === 'trimmed'));
    expect(trimmed.length).toBeGreaterThan(0);
    const ceilings = results.flatMap((one) => one.lines).filter((entry) => entry.valuation && entry.valuation.exceedCeilingAmount !== '0.00');
    expect(ceilings.length).toBeGreaterThan(0);
  });

  it('is deterministic and does not touch its input', () => {
    const claims = generatedClaims(99, 30);
    const ctx = world();
    const frozen = JSON.stringify({ claims, ctx });
    expect(adjudicateBatch(claims, ctx)).toEqual(adjudicateBatch(claims, ctx));
    expect(JSON.stringify({ claims, ctx })).toBe(frozen);
  });

  it('the order of submission decides who gets the last of a shared ceiling', () => {
    const ctx = world();
    const big = (id: string, insuree: (typeof INSUREES)[number]) => claim({ id, insuree, services: [], items: [line(ID.drug, { qtyProvided: 4, priceAsked: '100.00' })], dateFrom: '2024-06-10' });
    const first = adjudicateBatch([big('x', INSUREES[0]), big('y', INSUREES[1])], ctx).results;
    const swapped = adjudicateBatch([big('y', INSUREES[1]), big('x', INSUREES[0])], ctx).results;
    // Policy ceiling 400 + 50 for the member above the threshold; the policy deductible of 15 falls on the first claim.
    expect(first.map((one) => [one.claimId, one.valuated])).toEqual([
      ['x', '385.00'],
      ['y', '65.00'],
    ]);
    expect(swapped.map((one) => [one.claimId, one.valuated])).toEqual([
      ['y', '385.00'],
      ['x', '65.00'],
    ]);
  });
});
