import { Module } from '@nestjs/common';
import { ClaimUsageLedger } from './application/claim-usage-ledger';

/** Claims' usage of policies (from the claim service's events): what limits are used, and which policies claims used. */
@Module({ providers: [ClaimUsageLedger], exports: [ClaimUsageLedger] })
export class ClaimUsageModule {}
