import { careTypeCheck } from './checks/care-type';
import { categoryMaximumCheck } from './checks/category-maximum';
import type { Check, ClaimCheck, CoverageCheck, LineCheck } from './checks/check';
import { frequencyCheck } from './checks/frequency';
import { insureeCheck } from './checks/insuree';
import { maximumQuantityCheck } from './checks/maximum-quantity';
import { patientCategoryCheck } from './checks/patient-category';
import { priceListCheck } from './checks/price-list';
import { registersCheck } from './checks/registers';
import { targetDateCheck } from './checks/target-date';
import { waitingPeriodCheck } from './checks/waiting-period';

/** The ordered checks adjudication runs: per claim, per item line, per service line, per line and covering policy. */
export interface RuleSet {
  readonly claimChecks: readonly ClaimCheck[];
  readonly itemChecks: readonly LineCheck[];
  readonly serviceChecks: readonly LineCheck[];
  readonly coverageChecks: readonly CoverageCheck[];
}

export const BUILT_IN_CHECKS: readonly Check[] = [
  targetDateCheck,
  insureeCheck,
  registersCheck,
  priceListCheck,
  careTypeCheck,
  patientCategoryCheck,
  frequencyCheck,
  waitingPeriodCheck,
  maximumQuantityCheck,
  categoryMaximumCheck,
];

/** claims.md §2: items 1 → 2 → 10 → 4 → 5, services 1 → 2 → 10 → 5 → 4, then per covering product 17 → 16 → category. */
export const DEFAULT_ORDER = {
  claim: ['target-date', 'insuree'],
  item: ['registers', 'price-list', 'care-type', 'patient-category', 'frequency'],
  service: ['registers', 'price-list', 'care-type', 'frequency', 'patient-category'],
  coverage: ['waiting-period', 'maximum-quantity', 'category-maximum'],
} as const;

type ListName = keyof typeof DEFAULT_ORDER;

export class RuleSetConfigError extends Error {}

/** Checks by name: the built-ins, plus those a scheme registers (a new name, or a built-in's name to override it). */
export class CheckRegistry {
  private readonly byName = new Map<string, Check>();

  constructor(checks: readonly Check[] = BUILT_IN_CHECKS) {
    for (const check of checks) this.register(check);
  }

  register(check: Check): this {
    this.byName.set(check.name, check);
    return this;
  }

  get(name: string): Check {
    const check = this.byName.get(name);
    if (!check) throw new RuleSetConfigError(`"${name}" is not a registered check (known: ${this.names().join(', ')})`);
    return check;
  }

  names(): string[] {
    return [...this.byName.keys()];
  }
}

/**
 * A scheme's changes to the default order, by check name (read from configuration at startup):
 * `remove` drops checks; `replace` puts another registered check in a check's place; `add` inserts a check
 * before or after a named one (else at the end) in every list of its level (`lines` narrows line checks
 * to item or service lines); `order` gives a whole list outright.
 */
export interface RuleSetConfig {
  readonly remove?: readonly string[];
  readonly replace?: Readonly<Record<string, string>>;
  readonly add?: readonly { readonly name: string; readonly before?: string; readonly after?: string; readonly lines?: 'item' | 'service' }[];
  readonly order?: Partial<Record<ListName, readonly string[]>>;
}

const LEVEL_OF: Record<ListName, Check['level']> = { claim: 'claim', item: 'line', service: 'line', coverage: 'coverage' };

/** Builds the rule set from the default order and a scheme's configuration; throws RuleSetConfigError on unknown names or misplaced checks. */
export function buildRuleSet(config: RuleSetConfig = {}, registry: CheckRegistry = new CheckRegistry()): RuleSet {
  const lists = Object.fromEntries(
    (Object.keys(DEFAULT_ORDER) as ListName[]).map((list) => [list, [...(config.order?.[list] ?? DEFAULT_ORDER[list])]]),
  ) as Record<ListName, string[]>;
  const all = Object.values(lists);
  for (const name of config.remove ?? []) {
    registry.get(name);
    for (const list of all) list.splice(0, list.length, ...list.filter((one) => one !== name));
  }
  for (const [from, to] of Object.entries(config.replace ?? {})) {
    if (registry.get(from).level !== registry.get(to).level) throw new RuleSetConfigError(`"${to}" cannot replace "${from}": they run at different levels`);
    for (const list of all) list.splice(0, list.length, ...list.map((one) => (one === from ? to : one)));
  }
  for (const addition of config.add ?? []) {
    const level = registry.get(addition.name).level;
    const targets = (Object.keys(lists) as ListName[]).filter((list) => LEVEL_OF[list] === level && (!addition.lines || list === addition.lines));
    for (const list of targets.map((name) => lists[name])) insert(list, addition);
  }
  const resolve = <T extends Check>(list: ListName): T[] =>
    lists[list].map((name) => {
      const check = registry.get(name);
      if (check.level !== LEVEL_OF[list]) throw new RuleSetConfigError(`"${name}" is a ${check.level} check: it cannot run in the ${list} list`);
      return check as T;
    });
  return { claimChecks: resolve('claim'), itemChecks: resolve('item'), serviceChecks: resolve('service'), coverageChecks: resolve('coverage') };
}

function insert(list: string[], addition: { name: string; before?: string; after?: string }): void {
  const anchor = addition.before ?? addition.after;
  const at = anchor === undefined ? -1 : list.indexOf(anchor);
  if (anchor !== undefined && at < 0) throw new RuleSetConfigError(`cannot place "${addition.name}" next to "${anchor}": not in the rule set`);
  if (at < 0) list.push(addition.name);
  else list.splice(addition.before !== undefined ? at : at + 1, 0, addition.name);
}

export const DEFAULT_RULE_SET: RuleSet = buildRuleSet();
