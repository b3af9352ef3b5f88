import { buildRuleSet, CheckRegistry, RuleSetConfigError, type RuleSet, type RuleSetConfig } from '../domain';

/** The scheme's adjudication choices, read once at startup (CLAIM_* variables). */
export class AdjudicationSettings {
  constructor(
    readonly rules: RuleSet,
    /** Valuate in the job that checks (CLAIM_AUTO_PROCESS). */
    readonly valuate: boolean,
    readonly batchSize: number,
    readonly ageOfMajority: number,
  ) {}
}

/**
 * The rule set of CLAIM_RULES (JSON of RuleSetConfig) over the registry: a country module registers its own checks
 * in `registry` before this runs. Throws RuleSetConfigError at startup on a bad configuration.
 */
export function ruleSetFrom(json: string, registry: CheckRegistry = new CheckRegistry()): RuleSet {
  if (json.trim() === '') return buildRuleSet({}, registry);
  let config: RuleSetConfig;
  try {
    config = JSON.parse(json) as RuleSetConfig;
  } catch {
    throw new RuleSetConfigError('CLAIM_RULES is not valid JSON');
  }
  return buildRuleSet(config, registry);
}

export function adjudicationSettingsFrom(
  env: { CLAIM_RULES: string; CLAIM_AUTO_PROCESS: boolean; CLAIM_ADJUDICATION_BATCH_SIZE: number; CLAIM_AGE_OF_MAJORITY: number },
  registry?: CheckRegistry,
): AdjudicationSettings {
  return new AdjudicationSettings(ruleSetFrom(env.CLAIM_RULES, registry), env.CLAIM_AUTO_PROCESS, env.CLAIM_ADJUDICATION_BATCH_SIZE, env.CLAIM_AGE_OF_MAJORITY);
}
