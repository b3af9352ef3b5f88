import { Module } from '@nestjs/common';
import { ActivateReadyPolicy } from './application/activate-ready-policy.command';
import { PolicyContributionLedger } from './application/policy-contribution-ledger';
import { RecordPolicyContributions } from './application/record-policy-contributions.command';

/** Activation of policies from their contributions (the ledger of reported states) and of Ready policies from matched payments. */
@Module({
  providers: [RecordPolicyContributions, ActivateReadyPolicy, PolicyContributionLedger],
  exports: [RecordPolicyContributions, ActivateReadyPolicy, PolicyContributionLedger],
})
export class ActivationModule {}
