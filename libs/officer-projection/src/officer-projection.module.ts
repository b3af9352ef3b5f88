import { Module } from '@nestjs/common';
import { OfficerProjectionHandlers } from './officer-projection.handlers';

/**
 * Keeps the service's `projected_officer` table in step with identity's enrolment officers. Import it beside
 * MessagingModule (which discovers the handlers), with `officerProjectionPersistence` in the service's
 * persistence `uses`; outside an API module, because it needs NATS, which print-schema does not start.
 */
@Module({ providers: [OfficerProjectionHandlers] })
export class OfficerProjectionModule {}
