// The claim module’s public face: what other modules of the service (and its tests) may import.
export { Claim, CLAIM_CODE_UNIQUE_INDEX } from './infrastructure/claim.entity';
export { ClaimItem } from './infrastructure/claim-item.entity';
export { ClaimService } from './infrastructure/claim-service.entity';
export { ClaimCodeCounter } from './infrastructure/claim-code-counter.entity';
export { ClaimModule } from './claim.module';
export { ClaimQueries } from './application/claim.queries';
export { ClaimQueue } from './application/claim-queue';
export { ClaimRules, CLAIM_BATCH_MAX } from './application/claim-rules';
export { CLAIM_STATUS_CODES, REJECTION_REASONS } from './domain/claim-codes';
export type { ClaimStatus } from './domain/claim-codes';
export { claimErrors } from './domain/claim.errors';
