import { LEGACY_FORMULA, LegacyFormulaPolicyValue } from './legacy-formula.policy-value';
import type { PolicyValueRule } from './policy-value-rule';

export const DEFAULT_POLICY_VALUE_RULE = LEGACY_FORMULA;

/**
 * The rules a scheme may choose from with POLICY_VALUE_RULE. A country team adds its own here (a class
 * implementing PolicyValueRule, next to the legacy formula); see ADR 0015 and the service README.
 */
export const POLICY_VALUE_RULES: readonly PolicyValueRule[] = [new LegacyFormulaPolicyValue()];

export class UnknownPolicyValueRuleError extends Error {
  constructor(name: string, known: readonly string[]) {
    super(`POLICY_VALUE_RULE "${name}" is not a policy value rule (known: ${known.join(', ')})`);
  }
}

/** Picks rules by name; names are unique, and the legacy formula is always there to fall back on. */
export class PolicyValueRules {
  private readonly byName = new Map<string, PolicyValueRule>();

  constructor(rules: readonly PolicyValueRule[] = POLICY_VALUE_RULES) {
    for (const rule of rules) {
      if (this.byName.has(rule.name)) throw new Error(`two policy value rules are named "${rule.name}"`);
      this.byName.set(rule.name, rule);
    }
    if (!this.byName.has(DEFAULT_POLICY_VALUE_RULE)) this.byName.set(DEFAULT_POLICY_VALUE_RULE, new LegacyFormulaPolicyValue());
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  /** The rule named so; throws UnknownPolicyValueRuleError (at startup, from the config) for any other name. */
  pick(name: string = DEFAULT_POLICY_VALUE_RULE): PolicyValueRule {
    const rule = this.byName.get(name);
    if (!rule) throw new UnknownPolicyValueRuleError(name, this.names());
    return rule;
  }

  /** The fallback when the chosen rule does not apply (returns null). */
  fallback(): PolicyValueRule {
    return this.pick(DEFAULT_POLICY_VALUE_RULE);
  }
}
