import { Module } from '@nestjs/common';
import { OfficerProjectionHandlers } from './application/officer-projection.handlers';

/** The consumer of identity's officer events, beside MessagingModule (not in the API module: print-schema has no NATS). */
@Module({ providers: [OfficerProjectionHandlers] })
export class OfficerProjectionModule {}
