import { runServiceMigrations } from '@imis/service-kit';
import { locationService } from './service';

/** Creates the service's database when missing (imis_location, or DATABASE_NAME) and applies its migrations. */
runServiceMigrations(locationService);
