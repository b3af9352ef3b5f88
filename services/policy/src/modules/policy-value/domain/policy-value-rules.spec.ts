import { LegacyFormulaPolicyValue } from './legacy-formula.policy-value';
import { quotePolicy, type PolicyQuoteInput } from './policy-quote';
import type { PolicyValueContext, PolicyValueResult, PolicyValueRule } from './policy-value-rule';
import { DEFAULT_POLICY_VALUE_RULE, PolicyValueRules, UnknownPolicyValueRuleError } from './policy-value-rules';
import { member, product } from './policy-value.fixtures';

/** A scheme's rule: a flat price per member on renewals; new enrolments are left to the legacy formula. */
class FlatRenewal implements PolicyValueRule {
  readonly name = 'flat-renewal';
  value(context: PolicyValueContext): PolicyValueResult | null {
    return context.stage === 'R' ? { value: `${context.members.length * 7}.00`, breakdown: null, warnings: [] } : null;
  }
}

const input = (over: Partial<PolicyQuoteInput> = {}): PolicyQuoteInput => ({
  product: product({ premiumAdult: '100.00' }),
  stage: 'N',
  enrolDate: '2024-03-01',
  previousExpiry: null,
  members: [member('1980-01-01'), member('1982-01-01')],
  ageOfMajority: 18,
  today: '2024-03-10',
  ...over,
});

describe('policy value rules', () => {
  it('picks the legacy formula by default and refuses an unknown name, listing the known ones', () => {
    const rules = new PolicyValueRules();
    expect(DEFAULT_POLICY_VALUE_RULE).toBe('legacy-formula');
    expect(rules.pick()).toBeInstanceOf(LegacyFormulaPolicyValue);
    expect(() => rules.pick('percent-of-income')).toThrow(UnknownPolicyValueRuleError);
    expect(() => rules.pick('percent-of-income')).toThrow('known: legacy-formula');
  });

  it('picks a scheme\'s own rule by name, keeps the legacy formula to fall back on, and refuses two rules of one name', () => {
    const rules = new PolicyValueRules([new FlatRenewal()]);
    expect(rules.names()).toEqual(['flat-renewal', 'legacy-formula']);
    expect(rules.pick('flat-renewal')).toBeInstanceOf(FlatRenewal);
    expect(rules.fallback()).toBeInstanceOf(LegacyFormulaPolicyValue);
    expect(() => new PolicyValueRules([new FlatRenewal(), new FlatRenewal()])).toThrow('two policy value rules are named "flat-renewal"');
  });

  it('quotes with the chosen rule where it applies, and with the legacy formula where it answers null', () => {
    const rules = new PolicyValueRules([new FlatRenewal()]);
    const renewal = quotePolicy(input({ stage: 'R', enrolDate: '2025-02-20', previousExpiry: '2025-02-28' }), rules.pick('flat-renewal'), rules.fallback());
    expect(renewal).toMatchObject({ value: '14.00', rule: 'flat-renewal', breakdown: null, startDate: '2025-03-01', expiryDate: '2026-02-28', effectiveDateIfPaidToday: '2025-03-01' });
    const enrolment = quotePolicy(input(), rules.pick('flat-renewal'), rules.fallback());
    expect(enrolment).toMatchObject({ value: '200.00', rule: 'legacy-formula', startDate: '2024-03-01', effectiveDateIfPaidToday: '2024-03-10', lastDateForPayment: '2024-02-29' });
  });
});
