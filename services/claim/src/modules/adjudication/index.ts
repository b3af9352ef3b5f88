export { AdjudicationApiModule, AdjudicationJobsModule, AdjudicationModule } from './adjudication.module';
export { AdjudicationSettings, adjudicationSettingsFrom, ruleSetFrom } from './application/adjudication-settings';
export { claimAdjudicationQueue } from './application/adjudication.queue';
export { ClaimAdjudicator } from './application/claim-adjudicator';
export { JobClaimQueue } from './application/job-claim-queue';
export { usageCounterEntities } from './infrastructure/usage-counter.entities';
