import { Module } from '@nestjs/common';
import { RecordPolicyContributions } from './application/record-policy-contributions.command';

/** Activation of policies from their contributions: the seam the contribution service's events call. */
@Module({ providers: [RecordPolicyContributions], exports: [RecordPolicyContributions] })
export class ActivationModule {}
