import { Module } from '@nestjs/common';
import { ActivationModule } from './activation.module';
import { PremiumEventHandlers } from './application/premium-events.handlers';

/** The premium events' consumer. Imported beside MessagingModule (it needs NATS, which print-schema does not start). */
@Module({ imports: [ActivationModule], providers: [PremiumEventHandlers] })
export class ActivationEventsModule {}
