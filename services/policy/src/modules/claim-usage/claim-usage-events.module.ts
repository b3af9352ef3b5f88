import { Module } from '@nestjs/common';
import { ClaimUsageEventHandlers } from './application/claim-usage-events.handlers';
import { ClaimUsageModule } from './claim-usage.module';

/** The claim usage consumer. Imported beside MessagingModule (it needs NATS, which print-schema does not start). */
@Module({ imports: [ClaimUsageModule], providers: [ClaimUsageEventHandlers] })
export class ClaimUsageEventsModule {}
