import { runServiceMigrations } from '@imis/service-kit';
import { paymentService } from './service';

/** Creates the service's database when missing (imis_payment, or DATABASE_NAME) and applies its migrations. */
runServiceMigrations(paymentService);
