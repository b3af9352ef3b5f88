// The premium module's public face.
export { PremiumModule } from './premium.module';
export { PremiumProjectionModule } from './premium-projection.module';
export { PremiumQueries } from './application/premium.queries';
export type { PremiumRow } from './application/premium.queries';
export { PaymentPremium } from './infrastructure/premium.entity';
