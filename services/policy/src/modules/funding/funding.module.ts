import { Module } from '@nestjs/common';
import { ActivationModule } from '../activation';
import { CreateFundingPolicy } from './application/create-funding-policy.command';
import { FundingEventHandlers } from './application/funding-events.handlers';

/**
 * Funding policies created from the contribution service's funding events (domain §4, ADR 0016). Imported
 * beside MessagingModule (its consumer needs NATS, which print-schema does not start).
 */
@Module({ imports: [ActivationModule], providers: [CreateFundingPolicy, FundingEventHandlers], exports: [CreateFundingPolicy] })
export class FundingModule {}
