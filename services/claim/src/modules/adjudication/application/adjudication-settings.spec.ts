import { CheckRegistry, RuleSetConfigError, type LineCheck } from '../domain';
import { adjudicationSettingsFrom, ruleSetFrom } from './adjudication-settings';

const env = { CLAIM_RULES: '', CLAIM_AUTO_PROCESS: true, CLAIM_ADJUDICATION_BATCH_SIZE: 50, CLAIM_AGE_OF_MAJORITY: 18 };

describe('adjudication settings from the environment', () => {
  it('runs the default checks when CLAIM_RULES is empty', () => {
    const settings = adjudicationSettingsFrom(env);
    expect(settings.rules.itemChecks.map((check) => check.name)).toEqual(['registers', 'price-list', 'care-type', 'patient-category', 'frequency']);
    expect(settings).toMatchObject({ valuate: true, batchSize: 50, ageOfMajority: 18 });
  });

  it('removes and replaces checks by name, with a country check registered beforehand', () => {
    const local: LineCheck = { name: 'local-price', level: 'line', codes: [2], description: 'a country’s own price check', run: () => ({ result: 'pass', facts: {} }) };
    const rules = ruleSetFrom('{"remove":["frequency"],"replace":{"price-list":"local-price"}}', new CheckRegistry().register(local));
    expect(rules.serviceChecks.map((check) => check.name)).toEqual(['registers', 'local-price', 'care-type', 'patient-category']);
  });

  it('refuses unreadable or unknown configuration at startup', () => {
    expect(() => ruleSetFrom('{remove')).toThrow(RuleSetConfigError);
    expect(() => ruleSetFrom('{"remove":["no-such-check"]}')).toThrow(RuleSetConfigError);
  });
});
