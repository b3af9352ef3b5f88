import { decideMatch, type MatchFacts } from './match-rules';
import type { PolicyFacts } from './payment-facts';
import { decideIntent, type IntentFacts } from './intent-rules';
import { checkSignature, signNotification } from './signature';

const VILLAGE = 'v1';
const DISTRICT = 'd1';
const policy = (change: Partial<PolicyFacts> = {}): PolicyFacts => ({
  id: 'pol-1', familyId: 'fam-1', productId: 'prod-1', stage: 'N', status: 'IDLE', startDate: '2026-01-01', valueCents: 100_00, paidCents: 0, hasPremium: false, ...change,
});
const facts = (change: Partial<MatchFacts> = {}): MatchFacts => ({
  insurees: new Map([['111', { insuranceNumber: '111', familyId: 'fam-1', familyArea: [VILLAGE, 'w1', DISTRICT, 'r1'] }]]),
  products: new Map([
    ['P1', { id: 'prod-1', code: 'P1', locationId: DISTRICT, dateFrom: '2020-01-01', dateTo: '2030-12-31' }],
    ['P2', { id: 'prod-2', code: 'P2', locationId: null, dateFrom: '2020-01-01', dateTo: '2030-12-31' }],
  ]),
  officers: new Map([['OFF1', { id: 'off-1', code: 'OFF1', worksTo: null, area: ['v9', 'w9', 'd9', 'r9'] }]]),
  policies: [policy(), policy({ id: 'pol-2', productId: 'prod-2', valueCents: 200_00 })],
  ...change,
});
const payment = (change: Record<string, unknown> = {}) => ({
  receivedCents: 150_00, paymentDate: '2026-02-01', officerCode: null, lines: [{ insuranceNumber: '111', productCode: 'P1' }, { insuranceNumber: '111', productCode: 'P2' }], ...change,
});

describe('decideMatch (§5.4)', () => {
  it('splits the received amount over the outstanding values (value − paid)', () => {
    expect(decideMatch(payment(), facts())).toEqual({
      matched: true,
      lines: [
        { policyId: 'pol-1', shareCents: 50_00, paidInAdvance: false, balanceCents: 50_00 },
        { policyId: 'pol-2', shareCents: 100_00, paidInAdvance: false, balanceCents: 100_00 },
      ],
      surplusCents: 0,
    });
    const partlyPaid = facts({ policies: [policy({ paidCents: 50_00 }), policy({ id: 'pol-2', productId: 'prod-2', valueCents: 200_00 })] });
    expect(decideMatch(payment({ receivedCents: 300_00 }), partlyPaid)).toMatchObject({
      lines: [
        { shareCents: 50_00, balanceCents: 0 },
        { shareCents: 200_00, balanceCents: 0 },
      ],
      surplusCents: 50_00,
    });
  });

  it('gives two lines on one policy its outstanding value once, and the same balance', () => {
    const twice = payment({ receivedCents: 30_00, lines: [{ insuranceNumber: '111', productCode: 'P1' }, { insuranceNumber: '111', productCode: 'P1' }] });
    expect(decideMatch(twice, facts())).toMatchObject({ lines: [{ shareCents: 30_00, balanceCents: 70_00 }, { shareCents: 0, balanceCents: 70_00 }], surplusCents: 0 });
  });

  it('matches an officer’s payment only for policies with a premium (openIMIS: premium from the officer not yet available)', () => {
    const inArea = { id: 'off-2', code: 'OFF2', worksTo: null, area: [VILLAGE, 'w1', DISTRICT, 'r1'] };
    const officers = new Map([['OFF2', inArea]]);
    const onePremium = facts({ officers, policies: [policy({ hasPremium: true }), policy({ id: 'pol-2', productId: 'prod-2', valueCents: 200_00 })] });
    expect(decideMatch(payment({ officerCode: 'OFF2' }), onePremium)).toEqual({
      matched: false,
      code: 'OFFICER_PAYMENT_WITHOUT_PREMIUM',
      reason: 'OFFICER_PAYMENT_WITHOUT_PREMIUM: OFF2 111 P2',
    });
    const bothPremiums = facts({ officers, policies: [policy({ hasPremium: true }), policy({ id: 'pol-2', productId: 'prod-2', valueCents: 200_00, hasPremium: true })] });
    expect(decideMatch(payment({ officerCode: 'OFF2' }), bothPremiums)).toMatchObject({ matched: true });
    // A self-payer needs none.
    expect(decideMatch(payment(), onePremium)).toMatchObject({ matched: true });
  });

  it('prefers a policy waiting for payment; an Active one alone is renewed in advance at its value', () => {
    const both = facts({ policies: [policy({ id: 'active', status: 'ACTIVE' }), policy({ id: 'idle', status: 'IDLE', startDate: '2027-01-01', stage: 'R' })] });
    expect(decideMatch(payment({ lines: [{ insuranceNumber: '111', productCode: 'P1' }] }), both)).toMatchObject({ lines: [{ policyId: 'idle', paidInAdvance: false }] });
    const active = facts({ policies: [policy({ status: 'ACTIVE', paidCents: 100_00 })] });
    expect(decideMatch(payment({ lines: [{ insuranceNumber: '111', productCode: 'P1' }], receivedCents: 100_00 }), active)).toMatchObject({
      lines: [{ policyId: 'pol-1', shareCents: 100_00, paidInAdvance: true }],
    });
  });

  it('rejects the whole payment on the first failed check, with its code', () => {
    const code = (decision: ReturnType<typeof decideMatch>) => (decision.matched ? 'MATCHED' : decision.code);
    expect(code(decideMatch(payment({ lines: [] }), facts()))).toBe('DETAIL_DATA_MISSING');
    expect(code(decideMatch(payment({ lines: [{ insuranceNumber: '222', productCode: 'P1' }] }), facts()))).toBe('INSUREE_UNKNOWN');
    expect(code(decideMatch(payment({ lines: [{ insuranceNumber: '111', productCode: 'NOPE' }] }), facts()))).toBe('PRODUCT_UNKNOWN');
    expect(code(decideMatch(payment(), facts({ policies: [policy({ status: 'SUSPENDED' })] })))).toBe('POLICY_NOT_FOUND');
    expect(code(decideMatch(payment({ paymentDate: '2031-01-01' }), facts()))).toBe('PRODUCT_NOT_SOLD_AT_FAMILY_LOCATION');
    expect(code(decideMatch(payment({ officerCode: 'GHOST' }), facts()))).toBe('OFFICER_UNKNOWN');
    expect(code(decideMatch(payment({ officerCode: 'OFF1' }), facts()))).toBe('OFFICER_OUTSIDE_PRODUCT_AREA');
    const officers = new Map([['OFF2', { id: 'off-2', code: 'OFF2', worksTo: null, area: [VILLAGE, 'w1', DISTRICT, 'r1'] }]]);
    expect(code(decideMatch(payment({ officerCode: 'OFF2' }), facts({ officers })))).toBe('OFFICER_PAYMENT_WITHOUT_PREMIUM');
    const paid = facts({ policies: [policy({ paidCents: 100_00 }), policy({ id: 'pol-2', productId: 'prod-2', valueCents: 200_00, paidCents: 200_00 })] });
    expect(code(decideMatch(payment(), paid))).toBe('NOTHING_OUTSTANDING');
  });
});

describe('decideIntent (§5.1)', () => {
  const intentFacts = (change: Partial<IntentFacts> = {}): IntentFacts => {
    const base = facts();
    return { today: '2026-02-01', officerCode: null, officer: null, insurees: base.insurees, products: base.products, policies: base.policies, ...change };
  };
  const line = (change: Record<string, unknown> = {}) => ({ insuranceNumber: '111', productCode: 'P1', isRenewal: false, amountCents: null, ...change });
  const code = (decision: ReturnType<typeof decideIntent>) => (decision.valid ? 0 : decision.code);

  it('expects value − paid of the policy waiting for payment; the renewal of an Active policy at its value', () => {
    expect(decideIntent([line()], intentFacts())).toEqual({ valid: true, lines: [{ stage: 'N', expectedCents: 100_00 }], expectedCents: 100_00 });
    const active = intentFacts({ policies: [policy({ status: 'ACTIVE', valueCents: 90_00 })] });
    expect(decideIntent([line({ isRenewal: true })], active)).toMatchObject({ valid: true, expectedCents: 90_00 });
  });

  it('answers the openIMIS codes 2, 3, 4, 5 and 7', () => {
    const officer = { id: 'off-1', code: 'OFF1', worksTo: null, area: ['v9', 'd9'] };
    expect(code(decideIntent([line({ insuranceNumber: ' ' })], intentFacts()))).toBe(2);
    expect(code(decideIntent([line()], intentFacts({ officerCode: 'GHOST' })))).toBe(3);
    expect(code(decideIntent([line()], intentFacts({ officerCode: 'OFF1', officer: { ...officer, worksTo: '2025-12-31' } })))).toBe(3);
    expect(code(decideIntent([line({ productCode: 'NOPE' })], intentFacts()))).toBe(4);
    expect(code(decideIntent([line()], intentFacts({ officerCode: 'OFF1', officer })))).toBe(4);
    expect(code(decideIntent([line({ insuranceNumber: '999', isRenewal: true })], intentFacts()))).toBe(5);
    expect(code(decideIntent([line({ insuranceNumber: '999' })], intentFacts()))).toBe(7);
  });

  it('lets an officer enrol a family not known yet, at the amount given', () => {
    const officer = { id: 'off-1', code: 'OFF1', worksTo: null, area: ['v9', 'd9'] };
    expect(decideIntent([line({ insuranceNumber: '999', productCode: 'P2', amountCents: 70_00 })], intentFacts({ officerCode: 'OFF1', officer }))).toMatchObject({ valid: true, expectedCents: 70_00 });
  });
});

describe('notification signatures', () => {
  const secret = 's'.repeat(40);
  const body = Buffer.from('{"id":"n1"}');
  const headers = (timestamp: string, signature = signNotification(secret, timestamp, body)) => ({ timestamp, signature });

  it('accepts the HMAC of timestamp and body within the window', () => {
    expect(checkSignature(secret, headers('1000'), body, 1100, 300)).toBe('VALID');
  });

  it('refuses another secret, another body, malformed headers and old timestamps', () => {
    expect(checkSignature(secret, headers('1000', signNotification('t'.repeat(40), '1000', body)), body, 1000, 300)).toBe('SIGNATURE_INVALID');
    expect(checkSignature(secret, headers('1000'), Buffer.from('{"id":"n2"}'), 1000, 300)).toBe('SIGNATURE_INVALID');
    expect(checkSignature(secret, { timestamp: undefined, signature: 'ab' }, body, 1000, 300)).toBe('SIGNATURE_INVALID');
    expect(checkSignature(secret, { timestamp: '1000', signature: 'zz'.repeat(32) }, body, 1000, 300)).toBe('SIGNATURE_INVALID');
    expect(checkSignature(secret, headers('1000'), body, 1301, 300)).toBe('TIMESTAMP_OUT_OF_WINDOW');
  });
});
