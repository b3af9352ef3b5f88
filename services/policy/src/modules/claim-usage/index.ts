// The claim-usage module's public face: claims' usage of policies, recorded from the claim service's events.
export { ClaimUsageModule } from './claim-usage.module';
export { ClaimUsageEventsModule } from './claim-usage-events.module';
export { ClaimUsageLedger } from './application/claim-usage-ledger';
export { CLAIM_USAGE_ENTITIES } from './infrastructure/claim-usage.entities';
