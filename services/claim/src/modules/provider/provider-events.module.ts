import { Module } from '@nestjs/common';
import { ProviderEventHandlers } from './application/provider-events.handlers';

/** The consumer of facility and claim-administrator events (needs NATS: outside the API module). */
@Module({ providers: [ProviderEventHandlers] })
export class ProviderEventsModule {}
