// The activation module's public face: recording a policy's contributions (activation, coverage of members, underpaid flag).
export { ActivationModule } from './activation.module';
export { ActivationEventsModule } from './activation-events.module';
export { RecordPolicyContributions } from './application/record-policy-contributions.command';
export type { RecordPolicyContributionsData, RecordPolicyContributionsResult } from './application/record-policy-contributions.command';
export { ActivateReadyPolicy } from './application/activate-ready-policy.command';
export { CONTRIBUTIONS_ACTOR, PolicyContributionLedger } from './application/policy-contribution-ledger';
export { PolicyContributionState } from './infrastructure/policy-contribution-state.entity';
export { decideActivation } from './domain/activation-decision';
export type { ActivationDecision, ActivationOption, ContributionWarning } from './domain/activation-decision';
