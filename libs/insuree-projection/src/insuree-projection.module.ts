import { Module } from '@nestjs/common';
import { InsureeProjectionHandlers } from './insuree-projection.handlers';

/**
 * Keeps the service's `projected_insuree` and `projected_family` tables in step with the insuree service.
 * Import it beside MessagingModule (which discovers the handlers), with `insureeProjectionEntities` among
 * the ORM entities and `insureeProjectionMigrations` among the migrations; outside an API module, because
 * it needs NATS, which print-schema does not start.
 */
@Module({ providers: [InsureeProjectionHandlers] })
export class InsureeProjectionModule {}
