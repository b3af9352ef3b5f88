import { Module } from '@nestjs/common';
import { PremiumProjectionHandlers } from './application/premium-projection.handlers';

/** The consumer of the contribution service's premium events, beside MessagingModule (not in the API module: print-schema has no NATS). */
@Module({ providers: [PremiumProjectionHandlers] })
export class PremiumProjectionModule {}
