import { runServiceMigrations } from '@imis/service-kit';
import { insureeService } from './service';

/** Creates the service's database when missing (imis_insuree, or DATABASE_NAME) and applies its migrations. */
runServiceMigrations(insureeService);
