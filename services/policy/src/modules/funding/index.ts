// The funding module's public face: funding policies for a payer's funding of a product.
export { FundingModule } from './funding.module';
export { CreateFundingPolicy } from './application/create-funding-policy.command';
export type { CreateFundingPolicyResult } from './application/create-funding-policy.command';
export { FundingFamily } from './infrastructure/funding-family.entity';
export { fundingFamilyId, fundingPolicyTerms } from './domain/funding-policy';
