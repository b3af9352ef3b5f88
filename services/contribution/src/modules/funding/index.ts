// The funding module's public face: a payer's funding of a product.
export { FundingModule } from './funding.module';
export { Funding } from './infrastructure/funding.entity';
