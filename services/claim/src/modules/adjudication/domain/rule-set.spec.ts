import { adjudicateClaim } from './adjudicate';
import { claim, context } from './adjudication.fixtures';
import { REJECTION } from './claim-codes';
import { pass, reject, type CoverageCheck, type LineCheck } from './checks/check';
import { buildRuleSet, CheckRegistry, DEFAULT_RULE_SET, RuleSetConfigError } from './rule-set';

const names = (checks: readonly { name: string }[]) => checks.map((check) => check.name);

/** A scheme's own check: no drug for a diagnosis-less claim (an example of a rule added by configuration). */
const diagnosisRequired: LineCheck = {
  name: 'diagnosis-required',
  level: 'line',
  codes: [REJECTION.NOT_IN_REGISTERS],
  description: 'the claim names a diagnosis',
  run: ({ claim: claimToCheck }) => (claimToCheck.diagnoses.length ? pass() : reject(REJECTION.NOT_IN_REGISTERS, { problem: 'no diagnosis' })),
};

describe('rule set', () => {
  it('runs the documented order by default', () => {
    expect(names(DEFAULT_RULE_SET.claimChecks)).toEqual(['target-date', 'insuree']);
    expect(names(DEFAULT_RULE_SET.itemChecks)).toEqual(['registers', 'price-list', 'care-type', 'patient-category', 'frequency']);
    expect(names(DEFAULT_RULE_SET.serviceChecks)).toEqual(['registers', 'price-list', 'care-type', 'frequency', 'patient-category']);
    expect(names(DEFAULT_RULE_SET.coverageChecks)).toEqual(['waiting-period', 'maximum-quantity', 'category-maximum']);
  });

  it('removes a check by name', () => {
    const rules = buildRuleSet({ remove: ['frequency', 'category-maximum'] });
    expect(names(rules.itemChecks)).not.toContain('frequency');
    expect(names(rules.serviceChecks)).not.toContain('frequency');
    expect(names(rules.coverageChecks)).toEqual(['waiting-period', 'maximum-quantity']);
  });

  it('adds a registered check before or after a named one, for one kind of line or both', () => {
    const registry = new CheckRegistry().register(diagnosisRequired);
    const both = buildRuleSet({ add: [{ name: 'diagnosis-required', after: 'registers' }] }, registry);
    expect(names(both.itemChecks).slice(0, 2)).toEqual(['registers', 'diagnosis-required']);
    expect(names(both.serviceChecks).slice(0, 2)).toEqual(['registers', 'diagnosis-required']);
    const itemsOnly = buildRuleSet({ add: [{ name: 'diagnosis-required', before: 'registers', lines: 'item' }] }, registry);
    expect(names(itemsOnly.itemChecks)[0]).toBe('diagnosis-required');
    expect(names(itemsOnly.serviceChecks)).not.toContain('diagnosis-required');

    const { result } = adjudicateClaim(claim({ diagnoses: [] }), context(), { rules: itemsOnly });
    expect(result.lines.map((one) => one.rejectionReason)).toEqual([1, 0]);
    expect(result.lines[0].explanation).toBe('Rejected (reason 1): the check "diagnosis-required" failed.');
  });

  it('replaces a check by another of the same level, and a scheme may override a built-in under its own name', () => {
    const lenient: CoverageCheck = { name: 'lenient-waiting', level: 'coverage', codes: [], description: 'no waiting period', run: () => pass() };
    const rules = buildRuleSet({ replace: { 'waiting-period': 'lenient-waiting' } }, new CheckRegistry().register(lenient));
    expect(names(rules.coverageChecks)[0]).toBe('lenient-waiting');
    const strictPrices: LineCheck = { ...diagnosisRequired, name: 'price-list', run: () => reject(REJECTION.NOT_IN_PRICE_LIST) };
    const overridden = buildRuleSet({}, new CheckRegistry().register(strictPrices));
    expect(adjudicateClaim(claim(), context(), { rules: overridden }).result.rejectionReason).toBe(1);
  });

  it('takes a whole order outright', () => {
    const rules = buildRuleSet({ order: { service: ['registers', 'patient-category', 'frequency', 'price-list', 'care-type'] } });
    expect(names(rules.serviceChecks)).toEqual(['registers', 'patient-category', 'frequency', 'price-list', 'care-type']);
    expect(names(rules.itemChecks)).toEqual(names(DEFAULT_RULE_SET.itemChecks));
  });

  it('refuses unknown names, misplaced anchors and checks of another level', () => {
    expect(() => buildRuleSet({ remove: ['nope'] })).toThrow(RuleSetConfigError);
    expect(() => buildRuleSet({ add: [{ name: 'frequency', after: 'nope' }] })).toThrow(RuleSetConfigError);
    expect(() => buildRuleSet({ replace: { frequency: 'waiting-period' } })).toThrow(/different levels/);
    expect(() => buildRuleSet({ order: { claim: ['registers'] } })).toThrow(/line check/);
  });

  it('leaves the default rule set untouched by a scheme’s configuration', () => {
    buildRuleSet({ remove: ['frequency'] });
    expect(names(DEFAULT_RULE_SET.itemChecks)).toContain('frequency');
    expect(adjudicateClaim(claim({ services: [] }), context()).result.lines[0].trace.map((entry) => entry.check)).toContain('frequency');
  });
});

describe('rule set without the registers check', () => {
  it('still rejects a line the register does not know, with reason 1', () => {
    const { result } = adjudicateClaim(claim({ items: [{ id: 'l', medicalId: 'nope', qtyProvided: 1, priceAsked: '1.00' }] }), context(), { rules: buildRuleSet({ remove: ['registers', 'price-list'] }) });
    expect(result.lines[0]).toMatchObject({ status: 'REJECTED', rejectionReason: 1 });
    expect(result.lines[0].explanation).toBe('Rejected (reason 1): it is not in the register.');
  });
});
