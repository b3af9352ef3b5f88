import { Module } from '@nestjs/common';
import { ClaimAdminEventHandlers, HealthFacilityEventHandlers } from './application/provider-events.handlers';

/** The consumer of facility and claim-administrator events (needs NATS: outside the API module). */
@Module({ providers: [HealthFacilityEventHandlers, ClaimAdminEventHandlers] })
export class ProviderEventsModule {}
