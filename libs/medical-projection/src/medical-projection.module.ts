import { Module } from '@nestjs/common';
import { MedicalProjectionHandlers } from './medical-projection.handlers';

/**
 * Keeps the service's projected medical catalogue in step with the medical service. Import it beside
 * MessagingModule (which discovers the handlers), with `medicalProjectionPersistence` in the service's
 * persistence `uses`; outside an API module, because it needs NATS, which print-schema does not start.
 */
@Module({ providers: [MedicalProjectionHandlers] })
export class MedicalProjectionModule {}
