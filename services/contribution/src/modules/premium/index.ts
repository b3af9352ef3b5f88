// The premium module's public face: premiums, their one write path (used by matched payments and fundings) and their rules.
export { PremiumModule } from './premium.module';
export { Premium } from './infrastructure/premium.entity';
export { PolicyContributionsRow } from './infrastructure/policy-contributions.entity';
export { addPremium } from './application/premium-book';
export type { NewPremium, PremiumChange } from './application/premium-book';
export { projectedTarget } from './application/premium-target';
export type { PremiumTarget } from './application/premium-target';
export { premiumFields, RECEIPT_MAX_LENGTH } from './domain/premium-fields';
export type { PremiumFields, PremiumInput } from './domain/premium-fields';
export { premiumErrors } from './domain/premium.errors';
